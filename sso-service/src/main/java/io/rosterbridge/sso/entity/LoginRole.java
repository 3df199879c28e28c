package io.rosterbridge.sso.entity;

import io.rosterbridge.events.account.AccountRoleType;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A role of an indexed account, at a school (null for district-wide roles). */
@Embeddable
public class LoginRole {

  @Enumerated(EnumType.STRING)
  public AccountRoleType role;

  @Column(name = "school_id")
  public String schoolId;

  /** For JPA. */
  public LoginRole() {}

  /** A role at a school. */
  public LoginRole(AccountRoleType role, String schoolId) {
    this.role = role;
    this.schoolId = schoolId;
  }
}
