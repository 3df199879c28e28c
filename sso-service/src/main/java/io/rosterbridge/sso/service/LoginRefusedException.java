package io.rosterbridge.sso.service;

/** A sign-in that ends on an explanatory page instead of a session. */
public class LoginRefusedException extends RuntimeException {

  private final LoginRefusal refusal;

  public LoginRefusedException(LoginRefusal refusal) {
    super(refusal.name());
    this.refusal = refusal;
  }

  /** Why. */
  public LoginRefusal refusal() {
    return refusal;
  }
}
