package io.rosterbridge.cleversim.oauth;

import io.rosterbridge.cleversim.config.SimConfig;
import io.rosterbridge.cleversim.rest.ApiRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * Checks the application's client credentials: HTTP Basic, or client_id/client_secret in the body.
 */
final class ClientAuth {

  private ClientAuth() {}

  static void require(ApiRequest request, Map<String, String> form, SimConfig config) {
    String[] credentials = basic(request.header("authorization"));
    if (credentials == null && form.containsKey("client_id")) {
      credentials = new String[] {form.get("client_id"), form.getOrDefault("client_secret", "")};
    }
    if (credentials == null) {
      throw new OAuthException(401, "invalid_client", "client credentials are required");
    }
    if (!config.clientId().equals(credentials[0])
        || !config.clientSecret().equals(credentials[1])) {
      throw new OAuthException(401, "invalid_client", "unknown client or wrong secret");
    }
  }

  private static String[] basic(String header) {
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    String decoded;
    try {
      decoded =
          new String(
              Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new OAuthException(401, "invalid_client", "malformed Basic credentials");
    }
    int colon = decoded.indexOf(':');
    if (colon < 0) {
      throw new OAuthException(401, "invalid_client", "malformed Basic credentials");
    }
    return new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
  }
}
