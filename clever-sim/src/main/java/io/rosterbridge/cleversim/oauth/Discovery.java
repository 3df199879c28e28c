package io.rosterbridge.cleversim.oauth;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rosterbridge.cleversim.config.SimConfig;
import io.rosterbridge.cleversim.model.Json;
import io.rosterbridge.cleversim.rest.ApiRequest;
import io.rosterbridge.cleversim.rest.SimResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * OIDC discovery ({@code /.well-known/openid-configuration}) and the JWKS ({@code /oauth/certs}).
 */
public final class Discovery {

  private static final List<String> CLAIMS =
      List.of(
          "iss",
          "sub",
          "aud",
          "iat",
          "exp",
          "nonce",
          "user_id",
          "multi_role_user_id",
          "user_type",
          "district",
          "email",
          "email_verified",
          "given_name",
          "family_name");
  private final SimConfig config;
  private final IdTokens idTokens;

  /** Discovery for the configured issuer. */
  public Discovery(SimConfig config, IdTokens idTokens) {
    this.config = config;
    this.idTokens = idTokens;
  }

  /** The discovery document; endpoint URLs use the public URL or the request's own host. */
  public SimResponse document(ApiRequest request) {
    String base =
        config.publicUrl() != null ? stripSlash(config.publicUrl().toString()) : request.baseUrl();
    ObjectNode doc = Json.object().put("issuer", config.issuer());
    doc.put("authorization_endpoint", base + "/oauth/authorize");
    doc.put("token_endpoint", base + "/oauth/tokens");
    doc.put("userinfo_endpoint", base + "/userinfo");
    doc.put("jwks_uri", base + "/oauth/certs");
    doc.set("response_types_supported", Json.strings(List.of("code")));
    doc.set("subject_types_supported", Json.strings(List.of("public")));
    doc.set("id_token_signing_alg_values_supported", Json.strings(List.of("RS256")));
    doc.set("scopes_supported", Json.strings(List.of("openid", "profile", "email")));
    doc.set("grant_types_supported", Json.strings(List.of("authorization_code")));
    doc.set(
        "token_endpoint_auth_methods_supported",
        Json.strings(List.of("client_secret_basic", "client_secret_post")));
    doc.set("claims_supported", Json.strings(CLAIMS));
    return SimResponse.json(200, doc);
  }

  /** The JSON Web Key Set. */
  public SimResponse jwks() {
    return SimResponse.raw(
        200, "application/json", idTokens.jwks().getBytes(StandardCharsets.UTF_8));
  }

  private static String stripSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
