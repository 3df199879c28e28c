package io.rosterbridge.events.account;

/** Roles an account holds in the application. */
public enum AccountRoleType {
  STUDENT,
  TEACHER,
  STAFF,
  SCHOOL_ADMIN,
  DISTRICT_ADMIN
}
