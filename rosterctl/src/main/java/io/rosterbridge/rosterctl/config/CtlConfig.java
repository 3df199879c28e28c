package io.rosterbridge.rosterctl.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.runtime.configuration.MemorySizeConverter;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithConverter;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Settings of rosterctl (prefix {@code rosterctl}); every one can be set by an environment
 * variable, e.g. {@code ROSTERCTL_WRITER_URL} for {@code rosterctl.writer-url}.
 */
@ConfigMapping(prefix = "rosterctl")
public interface CtlConfig {

  /** Where Kafka is and how long to wait for it. */
  Kafka kafka();

  /** Base URL of the roster-writer read API. */
  @WithDefault("http://localhost:8083")
  String writerUrl();

  /**
   * The largest request body the roster-writer accepts (its {@code
   * quarkus.http.limits.max-body-size}); a larger CSV file is refused before it is sent.
   */
  @WithDefault("10240K")
  @WithConverter(MemorySizeConverter.class)
  MemorySize writerMaxBodySize();

  /** Base URL of the clever-fetcher API. */
  @WithDefault("http://localhost:8081")
  String fetcherUrl();

  /** Base URL of the sso-service (districts' sign-in settings). */
  @WithDefault("http://localhost:8084")
  String ssoUrl();

  /** Longest wait for one HTTP answer of the writer or the fetcher. */
  @WithDefault("30s")
  Duration httpTimeout();

  /** A bearer JWT of an operator, used as is (wins over {@link #signingKey()}). */
  Optional<String> token();

  /** A PEM PKCS#8 RSA private key; rosterctl mints a short-lived operator token with it. */
  Optional<Path> signingKey();

  /** The issuer ({@code iss}) of minted tokens; the writer must expect it. */
  @WithDefault("rosterbridge-ops")
  String tokenIssuer();

  /** The key id ({@code kid}) header of minted tokens, when the writer's key set needs one. */
  Optional<String> tokenKid();

  /** How long a minted token is valid. */
  @WithDefault("5m")
  Duration tokenLifetime();

  /** The time zone whose calendar date names a night's command ({@code nightly-<date>}). */
  @WithDefault("America/Los_Angeles")
  String nightlyTimeZone();

  /** The Kafka cluster. */
  interface Kafka {

    /** Bootstrap servers (set through {@code KAFKA_BOOTSTRAP_SERVERS}). */
    String bootstrapServers();

    /** Longest wait for the broker to answer or acknowledge a command. */
    @WithDefault("10s")
    Duration timeout();
  }
}
