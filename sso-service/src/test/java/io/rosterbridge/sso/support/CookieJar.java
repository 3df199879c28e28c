package io.rosterbridge.sso.support;

import io.restassured.http.Cookie;
import io.restassured.response.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** A browser's cookies for the service: keeps what answers set, drops what they clear. */
public final class CookieJar {

  private final Map<String, String> cookies = new LinkedHashMap<>();

  /** The cookies to send, by name. */
  public Map<String, String> cookies() {
    return Map.copyOf(cookies);
  }

  /** The names of the cookies held now. */
  public Set<String> names() {
    return Set.copyOf(cookies.keySet());
  }

  /** The value of a cookie held now, or null. */
  public String value(String name) {
    return cookies.get(name);
  }

  /** Takes in the cookies an answer sets or clears; returns the answer. */
  public Response keep(Response response) {
    for (Cookie cookie : response.detailedCookies()) {
      if (cookie.getMaxAge() == 0 || cookie.getValue() == null || cookie.getValue().isEmpty()) {
        cookies.remove(cookie.getName());
      } else {
        cookies.put(cookie.getName(), cookie.getValue());
      }
    }
    return response;
  }
}
