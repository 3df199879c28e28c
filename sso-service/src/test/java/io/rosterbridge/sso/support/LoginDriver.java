package io.rosterbridge.sso.support;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Plays one browser: follows redirects between the service and clever-sim by hand, keeping the
 * cookies the service sets, and picks the Clever user on the simulator's authorize page with its
 * non-interactive {@code login_as}. Each instance is a fresh browser.
 */
public final class LoginDriver {

  private final CookieJar jar = new CookieJar();

  /** {@code GET /login/clever[?district=]} without following the redirect. */
  public Response start(String district) {
    var request = given().redirects().follow(false).cookies(jar.cookies());
    if (district != null) {
      request.queryParam("district", district);
    }
    return jar.keep(request.get("/login/clever"));
  }

  /** Delivers Clever's redirect to the service's callback (same query, the test's host). */
  public Response callback(URI cleverRedirect) {
    var request = given().redirects().follow(false).cookies(jar.cookies());
    query(cleverRedirect).forEach(request::queryParam);
    return jar.keep(request.get("/login/clever/callback"));
  }

  /** A whole SP-started sign-in as the Clever user; the callback's response. */
  public Response signIn(String cleverUserId) {
    return callback(authorizeAs(start(null).header("Location"), cleverUserId));
  }

  /** The cookies this browser holds now. */
  public CookieJar cookies() {
    return jar;
  }

  /** Signs in on Clever's authorize page as the user; returns where Clever sends the browser. */
  public static URI authorizeAs(String authorizeUrl, String cleverUserId) {
    Response clever =
        given()
            .urlEncodingEnabled(false)
            .redirects()
            .follow(false)
            .get(authorizeUrl + "&login_as=" + cleverUserId);
    if (clever.statusCode() != 302) {
      throw new AssertionError(
          "clever-sim answered " + clever.statusCode() + ": " + clever.asString());
    }
    return URI.create(clever.header("Location"));
  }

  /** The decoded query parameters of a URI. */
  public static Map<String, String> query(URI uri) {
    Map<String, String> params = new LinkedHashMap<>();
    String raw = uri.getRawQuery();
    if (raw == null) {
      return params;
    }
    for (String pair : raw.split("&")) {
      String[] parts = pair.split("=", 2);
      params.put(decode(parts[0]), parts.length > 1 ? decode(parts[1]) : "");
    }
    return params;
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }
}
