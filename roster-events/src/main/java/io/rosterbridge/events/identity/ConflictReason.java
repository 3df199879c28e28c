package io.rosterbridge.events.identity;

/** Machine-readable reasons the matcher reports a user instead of (fully) linking it. */
public enum ConflictReason {
  /** The user has no usable {@code district_username}; rostered by Clever id only. */
  NO_USERNAME,
  /** Two or more users of the run share the username key; none gets it. */
  DUPLICATE_USERNAME_IN_RUN,
  /**
   * The username key belongs to an account linked to another Clever user that is present in the run
   * or not proven gone (only a complete full run proves a Clever user gone).
   */
  USERNAME_HELD_BY_OTHER_CLEVER_USER,
  /** A student's username matches a manually created admin account. */
  STUDENT_MATCHES_MANUAL_ADMIN,
  /** A student's username matches an account holding a teacher, staff or admin role. */
  STUDENT_MATCHES_STAFF_ACCOUNT,
  /**
   * The username of a teacher, staff member or administrator matches an account that holds only
   * student roles.
   */
  STAFF_MATCHES_STUDENT_ACCOUNT,
  /**
   * A rename was refused because the new username belongs to another account, or because the
   * account was created manually and a sync never renames it.
   */
  RENAME_BLOCKED,
  /** The username key matches an account that is not active. */
  USERNAME_HELD_BY_INACTIVE_ACCOUNT,
  /** The username key matches more than one existing account; none is linked. */
  USERNAME_MATCHES_SEVERAL_ACCOUNTS
}
