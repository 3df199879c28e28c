package io.rosterbridge.sso.rest;

import io.rosterbridge.sso.service.Session;
import io.rosterbridge.sso.service.SessionTokens;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Optional;

/** Finds the session of a request: a bearer token, else (when named) the session cookie. */
final class BearerAuth {

  private static final String PREFIX = "Bearer ";

  private BearerAuth() {}

  /** The verified session, or empty. */
  static Optional<Session> session(HttpHeaders headers, SessionTokens tokens, String cookieName) {
    String authorization = headers.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (authorization != null && authorization.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
      return tokens.verify(authorization.substring(PREFIX.length()).trim());
    }
    Cookie cookie = cookieName == null ? null : headers.getCookies().get(cookieName);
    return cookie == null ? Optional.empty() : tokens.verify(cookie.getValue());
  }
}
