package io.rosterbridge.events.account;

/** Whether an account is active or soft-deleted (restorable). */
public enum AccountStatus {
  ACTIVE,
  DELETED
}
