package io.rosterbridge.sso.service;

/**
 * Why a sign-in was refused: the HTTP status and the sentence the user reads ({@code %s} is the
 * provider's name).
 */
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
  SIGN_IN_FAILED(400, "%s could not confirm who you are. Please start signing in again."),
  PROVIDER_UNAVAILABLE(503, "%s cannot be reached right now. Please try again in a few minutes."),
  PROVIDER_NOT_AVAILABLE(
      404, "Signing in with %s is not available here. Please use Log in with Clever."),
  PROVIDER_OFF(403, "Signing in with %s is not switched on for your district."),
  ACCOUNT_NOT_ALLOWED(
      403, "Your district does not sign in with this %s account. Please use your school account."),
  USERNAME_AMBIGUOUS(
      403,
      "More than one account matches your %s sign-in. Please use Log in with Clever, or contact"
          + " your school.");

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

  /** What the page tells the user who signed in with the provider. */
  public String sentence(SignInProvider provider) {
    return sentence.replace("%s", provider.displayName());
  }
}
