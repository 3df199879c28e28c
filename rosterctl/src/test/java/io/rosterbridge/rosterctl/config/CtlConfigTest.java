package io.rosterbridge.rosterctl.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The environment variables the README lists set rosterctl's settings; the defaults hold. */
class CtlConfigTest {

  @Test
  void defaults() throws IOException {
    CtlConfig config = config(Map.of());

    assertThat(config.kafka().bootstrapServers()).isEqualTo("localhost:9092");
    assertThat(config.kafka().timeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(config.writerUrl()).isEqualTo("http://localhost:8083");
    assertThat(config.fetcherUrl()).isEqualTo("http://localhost:8081");
    assertThat(config.writerMaxBodySize().asLongValue()).isEqualTo(10 * 1024 * 1024);
    assertThat(config.token()).isEmpty();
    assertThat(config.signingKey()).isEmpty();
    assertThat(config.tokenIssuer()).isEqualTo("rosterbridge-ops");
    assertThat(config.tokenKid()).isEmpty();
    assertThat(config.tokenLifetime()).isEqualTo(Duration.ofMinutes(5));
    assertThat(config.nightlyTimeZone()).isEqualTo("America/Los_Angeles");
  }

  @Test
  void everySettingComesFromItsEnvironmentVariable() throws IOException {
    CtlConfig config =
        config(
            Map.ofEntries(
                Map.entry("KAFKA_BOOTSTRAP_SERVERS", "kafka-0:9092,kafka-1:9092"),
                Map.entry("ROSTERCTL_KAFKA_TIMEOUT", "30s"),
                Map.entry("ROSTERCTL_WRITER_URL", "http://writer:8083"),
                Map.entry("ROSTERCTL_FETCHER_URL", "http://fetcher:8081"),
                Map.entry("ROSTERCTL_WRITER_MAX_BODY_SIZE", "64M"),
                Map.entry("ROSTERCTL_HTTP_TIMEOUT", "1m"),
                Map.entry("ROSTERCTL_TOKEN", "eyJ.token"),
                Map.entry("ROSTERCTL_SIGNING_KEY", "/etc/rosterctl/key.pem"),
                Map.entry("ROSTERCTL_TOKEN_ISSUER", "ops"),
                Map.entry("ROSTERCTL_TOKEN_KID", "k1"),
                Map.entry("ROSTERCTL_TOKEN_LIFETIME", "2m"),
                Map.entry("ROSTERCTL_NIGHTLY_TIME_ZONE", "America/New_York")));

    assertThat(config.kafka().bootstrapServers()).isEqualTo("kafka-0:9092,kafka-1:9092");
    assertThat(config.kafka().timeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(config.writerUrl()).isEqualTo("http://writer:8083");
    assertThat(config.fetcherUrl()).isEqualTo("http://fetcher:8081");
    assertThat(config.writerMaxBodySize().asLongValue()).isEqualTo(64L * 1024 * 1024);
    assertThat(config.httpTimeout()).isEqualTo(Duration.ofMinutes(1));
    assertThat(config.token()).contains("eyJ.token");
    assertThat(config.signingKey()).isEqualTo(Optional.of(Path.of("/etc/rosterctl/key.pem")));
    assertThat(config.tokenIssuer()).isEqualTo("ops");
    assertThat(config.tokenKid()).contains("k1");
    assertThat(config.tokenLifetime()).isEqualTo(Duration.ofMinutes(2));
    assertThat(config.nightlyTimeZone()).isEqualTo("America/New_York");
  }

  private static CtlConfig config(Map<String, String> env) throws IOException {
    SmallRyeConfig config =
        new SmallRyeConfigBuilder()
            .addDefaultInterceptors()
            // Quarkus reads durations such as 30s; so must this plain configuration.
            .withConverter(Duration.class, 200, new DurationConverter())
            .withSources(new EnvConfigSource(env, 300))
            .withSources(
                new PropertiesConfigSource(
                    CtlConfigTest.class.getResource("/application.properties"), 250))
            .withMapping(CtlConfig.class)
            .build();
    return config.getConfigMapping(CtlConfig.class);
  }
}
