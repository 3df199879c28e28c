package io.rosterbridge.sso.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Sessions, sign-in attempts and operators of the sso-service. */
@ConfigMapping(prefix = "sso")
public interface SsoConfig {

  /** Where a signed-in browser is sent (the application). */
  @WithDefault("http://localhost:8080/")
  String applicationUrl();

  /** This service's own browser-facing base URL (an allowed origin for logout). */
  @WithDefault("http://localhost:8084")
  String publicUrl();

  /** Life of an open sign-in attempt (its state and nonce). */
  @WithDefault("10m")
  Duration stateTtl();

  /** Account ids that may read and change every district's sign-in settings. */
  Optional<List<String>> operators();

  /** The session token and its cookie. */
  Session session();

  /** Sign-in with Microsoft accounts. */
  Microsoft microsoft();

  /** What a Microsoft id_token must say beyond what quarkus-oidc checks. */
  interface Microsoft {

    /**
     * Expected {@code iss} of Microsoft id_tokens; {@code {tid}} stands for the token's tenant id
     * (the common endpoint serves every tenant, so quarkus-oidc accepts any issuer).
     */
    @WithDefault("https://login.microsoftonline.com/{tid}/v2.0")
    String issuerPattern();
  }

  /** The session token (a signed JWT) and the cookie that carries it. */
  interface Session {

    /** {@code iss} of session tokens. */
    @WithDefault("rosterbridge-sso")
    String issuer();

    /** Life of a session token. */
    @WithDefault("15m")
    Duration ttl();

    /** Name of the session cookie. */
    @WithDefault("rb_session")
    String cookieName();

    /** Whether the cookie is marked Secure (off only for plain-HTTP local runs). */
    @WithDefault("true")
    boolean cookieSecure();

    /** PEM file with the RSA private key (PKCS#8); without it a key is generated at start. */
    Optional<String> signingKeyFile();
  }
}
