package io.rosterbridge.sso.service;

/** Sign-in settings that are not stored, with the reason and a sentence for the caller. */
public class SettingsRefusedException extends RuntimeException {

  /** Why the settings were refused. */
  public enum Reason {
    /** A value is malformed or too long. */
    INVALID,
    /** The caller may not change this part of the settings. */
    NOT_PERMITTED,
    /** Another district already signs in with this Google domain or Microsoft tenant. */
    CLAIMED
  }

  private final Reason reason;

  public SettingsRefusedException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  /** Why the settings were refused. */
  public Reason reason() {
    return reason;
  }
}
