package io.rosterbridge.sso.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.rosterbridge.sso.client.CleverException.Kind;
import io.rosterbridge.sso.config.CleverConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.lang.JoseException;

/**
 * Clever's OAuth server and identity endpoints: code exchange, {@code /v3.0/me}, discovery, JWKS.
 */
@ApplicationScoped
public class CleverOAuthClient {

  private final CleverConfig config;
  private final CleverHttp http;
  private volatile String jwksUri;

  public CleverOAuthClient(CleverConfig config, CleverHttp http) {
    this.config = config;
    this.http = http;
  }

  /** Exchanges an authorization code (HTTP Basic client authentication, same redirect URI). */
  public CleverTokens exchange(String code) {
    String form =
        form(
            Map.of(
                "grant_type",
                "authorization_code",
                "code",
                code,
                "redirect_uri",
                config.redirectUri()));
    HttpRequest request =
        http.request(config.oauthUrl() + "/oauth/tokens")
            .header("Authorization", basic())
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
    CleverHttp.Answer answer = http.send(request, "code exchange");
    if (answer.status() == 400) {
      throw new CleverException(Kind.CODE_REJECTED, "code exchange: " + error(answer.body()));
    }
    String accessToken = answer.body().path("access_token").asText("");
    if (!answer.ok() || accessToken.isEmpty()) {
      throw new CleverException(Kind.INVALID, "code exchange: HTTP " + answer.status());
    }
    JsonNode idToken = answer.body().path("id_token");
    return new CleverTokens(accessToken, idToken.isTextual() ? idToken.asText() : null);
  }

  /**
   * The user behind a user token, from {@code /v3.0/me}, with the kind of user from their own
   * {@code /v3.0/users/<id>}: /me does not say whether a guardian signed in.
   */
  public CleverIdentity me(String accessToken) {
    CleverHttp.Answer answer = get(config.apiUrl() + "/v3.0/me", accessToken, "/v3.0/me");
    JsonNode data = answer.body().path("data");
    if (!answer.ok() || !data.path("id").isTextual() || !data.path("district").isTextual()) {
      throw new CleverException(Kind.INVALID, "/v3.0/me: HTTP " + answer.status());
    }
    String userId = data.get("id").asText();
    return new CleverIdentity(userId, data.get("district").asText(), userType(accessToken, userId));
  }

  /** The keys of Clever's JWKS (the {@code jwks_uri} of discovery). */
  public List<JsonWebKey> jwks() {
    HttpRequest request = http.request(jwksUri()).GET().build();
    CleverHttp.Answer answer = http.send(request, "JWKS");
    if (!answer.ok()) {
      throw new CleverException(Kind.UNAVAILABLE, "JWKS: HTTP " + answer.status());
    }
    try {
      return new JsonWebKeySet(answer.body().toString()).getJsonWebKeys();
    } catch (JoseException e) {
      throw new CleverException(Kind.UNAVAILABLE, "JWKS: not a key set");
    }
  }

  /** The {@code jwks_uri} of Clever's discovery document (read once). */
  public String jwksUri() {
    String known = jwksUri;
    if (known != null) {
      return known;
    }
    HttpRequest request =
        http.request(config.oauthUrl() + "/.well-known/openid-configuration").GET().build();
    CleverHttp.Answer answer = http.send(request, "OIDC discovery");
    if (!answer.ok() || !answer.body().path("jwks_uri").isTextual()) {
      throw new CleverException(Kind.UNAVAILABLE, "OIDC discovery: HTTP " + answer.status());
    }
    jwksUri = answer.body().get("jwks_uri").asText();
    return jwksUri;
  }

  /** The user's one role name ({@code contact} for a guardian); null with several roles. */
  private String userType(String accessToken, String userId) {
    String path = "/v3.0/users/" + URLEncoder.encode(userId, StandardCharsets.UTF_8);
    CleverHttp.Answer answer = get(config.apiUrl() + path, accessToken, "/v3.0/users/<id>");
    JsonNode roles = answer.body().path("data").path("roles");
    if (!answer.ok() || !roles.isObject()) {
      throw new CleverException(Kind.INVALID, "/v3.0/users/<id>: HTTP " + answer.status());
    }
    // A student or a guardian has one role; staff can hold several, none of them a guardian's.
    return roles.size() == 1 ? roles.fieldNames().next() : null;
  }

  private CleverHttp.Answer get(String url, String accessToken, String what) {
    HttpRequest request =
        http.request(url).header("Authorization", "Bearer " + accessToken).GET().build();
    return http.send(request, what);
  }

  private String basic() {
    String pair = config.clientId() + ":" + config.clientSecret();
    return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
  }

  private static String error(JsonNode body) {
    // Only Clever's error code: its description could echo what we sent.
    return body.path("error").asText("refused");
  }

  private static String form(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
