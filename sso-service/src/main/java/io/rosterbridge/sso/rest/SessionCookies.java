package io.rosterbridge.sso.rest;

import io.rosterbridge.sso.config.SsoConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.NewCookie;

/** The session cookie: Secure, HttpOnly, SameSite=Lax, living as long as its token. */
@ApplicationScoped
public class SessionCookies {

  private final SsoConfig config;

  public SessionCookies(SsoConfig config) {
    this.config = config;
  }

  /** The name of the cookie. */
  public String name() {
    return config.session().cookieName();
  }

  /** A cookie carrying the session token (it replaces any earlier session). */
  public NewCookie session(String token) {
    return cookie(token, (int) config.session().ttl().toSeconds());
  }

  /** A cookie that removes the session from the browser. */
  public NewCookie cleared() {
    return cookie("", 0);
  }

  private NewCookie cookie(String value, int maxAge) {
    // Lax, not Strict: the browser arrives from Clever's site and must keep the new session.
    return new NewCookie.Builder(name())
        .value(value)
        .path("/")
        .maxAge(maxAge)
        .httpOnly(true)
        .secure(config.session().cookieSecure())
        .sameSite(NewCookie.SameSite.LAX)
        .build();
  }
}
