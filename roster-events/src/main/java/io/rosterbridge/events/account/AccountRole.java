package io.rosterbridge.events.account;

/** One role of an account, at a school (null for district-wide roles), with its source. */
public record AccountRole(AccountRoleType role, String schoolId, RoleSource source) {}
