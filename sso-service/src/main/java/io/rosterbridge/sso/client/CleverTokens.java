package io.rosterbridge.sso.client;

/**
 * The answer to a code exchange.
 *
 * @param accessToken the user's bearer token
 * @param idToken the OIDC id_token, or null when OIDC is not enabled for the application
 */
public record CleverTokens(String accessToken, String idToken) {

  /** Never prints the tokens. */
  @Override
  public String toString() {
    return "CleverTokens[redacted]";
  }
}
