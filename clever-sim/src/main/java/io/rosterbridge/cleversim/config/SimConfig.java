package io.rosterbridge.cleversim.config;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything a simulator instance needs, as plain values (the Quarkus app maps its typed config
 * onto this; tests build it directly).
 *
 * @param host interface the embedded server binds to
 * @param port port of the embedded server; 0 picks a free one
 * @param clientId the application's Clever client id
 * @param clientSecret the application's Clever client secret
 * @param redirectUris registered redirect URIs; the first is the primary one (Instant Login)
 * @param rateLimitPerMinute requests per token per minute before 429
 * @param issuer {@code iss} of id_tokens and the discovery document
 * @param publicUrl base URL advertised in discovery; null derives it from each request
 * @param codeTtl life of an authorization code
 * @param sources the districts to serve
 * @param clock time source (tests move it)
 */
public record SimConfig(
    String host,
    int port,
    String clientId,
    String clientSecret,
    List<String> redirectUris,
    int rateLimitPerMinute,
    String issuer,
    URI publicUrl,
    Duration codeTtl,
    List<DataSourceSpec> sources,
    Clock clock) {

  /** Defensive copies and checks. */
  public SimConfig {
    redirectUris = List.copyOf(redirectUris);
    sources = List.copyOf(sources);
    if (redirectUris.isEmpty()) {
      throw new IllegalArgumentException("at least one redirect URI is needed");
    }
    if (rateLimitPerMinute < 1) {
      throw new IllegalArgumentException("rate limit must be positive");
    }
  }

  /** A builder with the defaults documented in the README. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SimConfig}; every setter is optional. */
  public static final class Builder {
    private String host = "127.0.0.1";
    private int port;
    private String clientId = "clever-sim-client";
    private String clientSecret = "clever-sim-secret";
    private List<String> redirectUris = List.of("http://localhost:8080/login/clever/callback");
    private int rateLimitPerMinute = 1200;
    private String issuer = "https://clever.com";
    private URI publicUrl;
    private Duration codeTtl = Duration.ofSeconds(60);
    private final List<DataSourceSpec> sources = new ArrayList<>();
    private Clock clock = Clock.systemUTC();

    /** Interface to bind. */
    public Builder host(String value) {
      host = value;
      return this;
    }

    /** Port to bind; 0 = any free port. */
    public Builder port(int value) {
      port = value;
      return this;
    }

    /** The application's client id and secret. */
    public Builder client(String id, String secret) {
      clientId = id;
      clientSecret = secret;
      return this;
    }

    /** Registered redirect URIs, primary first. */
    public Builder redirectUris(List<String> values) {
      redirectUris = values;
      return this;
    }

    /** Per-token budget per minute. */
    public Builder rateLimitPerMinute(int value) {
      rateLimitPerMinute = value;
      return this;
    }

    /** The id_token issuer. */
    public Builder issuer(String value) {
      issuer = value;
      return this;
    }

    /** Fixed base URL advertised in the discovery document. */
    public Builder publicUrl(URI value) {
      publicUrl = value;
      return this;
    }

    /** Authorization code life. */
    public Builder codeTtl(Duration value) {
      codeTtl = value;
      return this;
    }

    /** Adds a district generated from the spec. */
    public Builder generate(GeneratorSpec spec) {
      return source(DataSourceSpec.generated(spec));
    }

    /** Adds a district loaded from a dump folder. */
    public Builder dump(java.nio.file.Path dir) {
      return source(DataSourceSpec.dump(dir));
    }

    /** Adds a district. */
    public Builder source(DataSourceSpec value) {
      sources.add(value);
      return this;
    }

    /** Time source. */
    public Builder clock(Clock value) {
      clock = value;
      return this;
    }

    /** The config. */
    public SimConfig build() {
      return new SimConfig(
          host,
          port,
          clientId,
          clientSecret,
          redirectUris,
          rateLimitPerMinute,
          issuer,
          publicUrl,
          codeTtl,
          sources,
          clock);
    }
  }
}
