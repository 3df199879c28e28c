package io.rosterbridge.sso.rest;

import io.rosterbridge.sso.config.SsoConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.NewCookie;

/**
 * The cookie that binds an open Clever sign-in to the browser that started it: HttpOnly,
 * SameSite=Lax, Secure as the session cookie, sent only to {@code /login/clever}.
 */
@ApplicationScoped
public class SignInCookies {

  /** The name of the cookie. */
  public static final String NAME = "rb_clever_signin";

  private static final String PATH = "/login/clever";
  private final SsoConfig config;

  public SignInCookies(SsoConfig config) {
    this.config = config;
  }

  /** A cookie carrying the sign-in's binding, living as long as its state. */
  public NewCookie binding(String binding) {
    return cookie(binding, (int) config.stateTtl().toSeconds());
  }

  /** A cookie that removes the binding once the sign-in is over. */
  public NewCookie cleared() {
    return cookie("", 0);
  }

  private NewCookie cookie(String value, int maxAge) {
    // Lax, not Strict: Clever's answer is a navigation from Clever's site and must carry it.
    return new NewCookie.Builder(NAME)
        .value(value)
        .path(PATH)
        .maxAge(maxAge)
        .httpOnly(true)
        .secure(config.session().cookieSecure())
        .sameSite(NewCookie.SameSite.LAX)
        .build();
  }
}
