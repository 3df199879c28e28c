package io.rosterbridge.events.identity;

/** Machine-readable reasons the matcher reports a user instead of (fully) linking it. */
public enum ConflictReason {
  /** The user has no usable {@code district_username}; rostered by Clever id only. */
  NO_USERNAME,
  /** Two or more users of the run share the username key; none gets it. */
  DUPLICATE_USERNAME_IN_RUN,
  /** The username key belongs to an account linked to another Clever user present in the run. */
  USERNAME_HELD_BY_OTHER_CLEVER_USER,
  /** A student's username matches a manually created admin account. */
  STUDENT_MATCHES_MANUAL_ADMIN,
  /** A rename was refused because the new username belongs to another account. */
  RENAME_BLOCKED,
  /** The username key matches an account that is not active. */
  USERNAME_HELD_BY_INACTIVE_ACCOUNT
}
