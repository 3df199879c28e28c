package io.rosterbridge.sso.service;

/** Why a sign-in was refused: the HTTP status and the sentence the user reads. */
public enum LoginRefusal {
  CLEVER_OFF(403, "Log in with Clever is not switched on for your district yet."),
  NOT_ROSTERED(
      403,
      "We could not find your account. Your district may not have shared it with us yet;"
          + " please try again later."),
  ACCOUNT_DELETED(403, "Your account has been deactivated. Please contact your school."),
  ROLE_NOT_SUPPORTED(
      403,
      "Your Clever role cannot sign in here; only students, teachers, staff and administrators"
          + " can."),
  INVALID_STATE(
      400, "This sign-in link is not valid or was already used. Please start signing in again."),
  CODE_REJECTED(
      400, "This sign-in has expired or was already used. Please start signing in again."),
  SIGN_IN_FAILED(400, "Clever could not confirm who you are. Please start signing in again."),
  CLEVER_UNAVAILABLE(503, "Clever cannot be reached right now. Please try again in a few minutes.");

  private final int status;
  private final String sentence;

  LoginRefusal(int status, String sentence) {
    this.status = status;
    this.sentence = sentence;
  }

  /** The HTTP status of the page. */
  public int status() {
    return status;
  }

  /** What the page tells the user. */
  public String sentence() {
    return sentence;
  }
}
