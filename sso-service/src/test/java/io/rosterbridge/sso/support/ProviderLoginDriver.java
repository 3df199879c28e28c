package io.rosterbridge.sso.support;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Plays the browser through a Google or Microsoft sign-in: the service, the provider's login form
 * (mock-oauth2-server), the service's redirect URI and back. It keeps the cookies the service sets
 * (quarkus-oidc's state and session cookies, the session) as a browser would.
 */
public final class ProviderLoginDriver {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final CookieJar jar = new CookieJar();

  /** Signs in at the provider as {@code subject} with the claims; the service's last answer. */
  public Response signIn(String path, String subject, Map<String, Object> claims) {
    return answer(path, signInAtProvider(path, subject, claims));
  }

  /**
   * Starts at {@code path} and signs in at the provider as {@code subject}; the provider's answer
   * (the redirect URI with code and state), not yet delivered to the service.
   */
  public String signInAtProvider(String path, String subject, Map<String, Object> claims) {
    Response provider =
        given()
            .urlEncodingEnabled(false)
            .redirects()
            .follow(false)
            .contentType("application/x-www-form-urlencoded")
            .body(form(Map.of("username", subject, "claims", json(claims))))
            .post(start(path));
    expectRedirect(provider, "the provider");
    return provider.header("Location");
  }

  /** Delivers the provider's answer to the service; the service's last answer. */
  public Response answer(String path, String providerAnswer) {
    Response callback = get(providerAnswer);
    // quarkus-oidc completes the code flow, then sends the browser to the path without the code.
    return callback.statusCode() == 302 && callback.header("Location").endsWith(path)
        ? get(callback.header("Location"))
        : callback;
  }

  /** Opens {@code path} of the service; the provider's authorize URL it redirects to. */
  public String start(String path) {
    Response start = get(path);
    expectRedirect(start, "the service");
    return start.header("Location");
  }

  /** The names of the cookies the browser holds now. */
  public Set<String> cookieNames() {
    return jar.names();
  }

  /** A GET with the browser's cookies, keeping those the answer sets. */
  public Response get(String url) {
    return jar.keep(
        given()
            .urlEncodingEnabled(false)
            .redirects()
            .follow(false)
            .cookies(jar.cookies())
            .get(url));
  }

  private static void expectRedirect(Response response, String who) {
    if (response.statusCode() != 302) {
      throw new AssertionError(
          who + " answered " + response.statusCode() + ": " + response.asString());
    }
  }

  private static String form(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  private static String json(Map<String, Object> claims) {
    try {
      return JSON.writeValueAsString(claims);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
