package io.rosterbridge.sso.client;

/** A call to Clever that did not give a usable answer; the message never holds a secret. */
public class CleverException extends RuntimeException {

  /** Why the call failed. */
  public enum Kind {
    /** Clever could not be reached, timed out or answered 5xx. */
    UNAVAILABLE,
    /** Clever refused the authorization code (reused, expired or unknown). */
    CODE_REJECTED,
    /** Clever's answer could not be trusted or understood (bad id_token, odd JSON). */
    INVALID
  }

  private final Kind kind;

  public CleverException(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  public CleverException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  /** Why the call failed. */
  public Kind kind() {
    return kind;
  }
}
