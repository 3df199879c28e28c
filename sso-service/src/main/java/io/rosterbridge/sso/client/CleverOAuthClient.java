package io.rosterbridge.sso.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.rosterbridge.sso.client.CleverException.Kind;
import io.rosterbridge.sso.config.CleverConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

/** Clever's OAuth server and identity endpoint: code exchange, {@code /v3.0/me}, discovery. */
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

  /** The user behind a user token, from {@code /v3.0/me}. */
  public CleverIdentity me(String accessToken) {
    HttpRequest request =
        http.request(config.apiUrl() + "/v3.0/me")
            .header("Authorization", "Bearer " + accessToken)
            .GET()
            .build();
    CleverHttp.Answer answer = http.send(request, "/v3.0/me");
    JsonNode data = answer.body().path("data");
    if (!answer.ok() || !data.path("id").isTextual() || !data.path("district").isTextual()) {
      throw new CleverException(Kind.INVALID, "/v3.0/me: HTTP " + answer.status());
    }
    return new CleverIdentity(data.get("id").asText(), data.get("district").asText(), null);
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
