package io.rosterbridge.sso.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How sign-in reaches Clever: addresses, the application's credentials and its redirect URI. */
@ConfigMapping(prefix = "clever")
public interface CleverConfig {

  /** Server-to-server base URL of the Data API ({@code /v3.0/me}). */
  @WithDefault("https://api.clever.com")
  String apiUrl();

  /** Browser-facing base URL of Clever's log-in pages ({@code /oauth/authorize}). */
  @WithDefault("https://clever.com")
  String loginUrl();

  /** Server-to-server base URL of Clever's OAuth server (discovery, token exchange, JWKS). */
  @WithDefault("https://clever.com")
  String oauthUrl();

  /** The application's Clever client id (required outside dev and test). */
  String clientId();

  /** The application's Clever client secret (required outside dev and test; never logged). */
  String clientSecret();

  /** This service's callback, exactly as registered with Clever (its first redirect URI). */
  @WithDefault("http://localhost:8084/login/clever/callback")
  String redirectUri();

  /** Expected {@code iss} of Clever id_tokens. */
  @WithDefault("https://clever.com")
  String issuer();

  /** Time allowed for one call to Clever, connection included. */
  @WithDefault("10s")
  Duration requestTimeout();
}
