package io.rosterbridge.events.account;

/** Where an account came from: Clever, the application's existing users, or a CSV import. */
public enum AccountSource {
  CLEVER,
  LEGACY,
  MANUAL
}
