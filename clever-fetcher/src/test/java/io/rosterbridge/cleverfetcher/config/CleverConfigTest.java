package io.rosterbridge.cleverfetcher.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.ConfigValidationException;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Clever settings as the application reads them at startup. */
class CleverConfigTest {

  @Test
  void pageSizesFromOneTo10000AreRead() {
    CleverConfig config =
        read(Map.of("clever.page-size", "1", "clever.page-size-overrides.d1", "10000"));
    assertThat(config.pageSize()).isEqualTo(1);
    assertThat(config.pageSizeOverrides()).isEqualTo(Map.of("d1", 10_000));
    assertThat(read(Map.of()).pageSize()).isEqualTo(10_000);
  }

  @Test
  void aPageSizeAbove10000StopsTheStartAndSaysWhy() {
    assertThatThrownBy(() -> read(Map.of("clever.page-size", "10001")))
        .isInstanceOf(ConfigValidationException.class)
        .hasMessageContaining("clever.page-size")
        .hasMessageContaining(
            "a page size must be 1 to 10000 records (Clever answers a larger one with 413),"
                + " not 10001");
  }

  @Test
  void aPageSizeBelowOneStopsTheStart() {
    assertThatThrownBy(() -> read(Map.of("clever.page-size", "0")))
        .isInstanceOf(ConfigValidationException.class)
        .hasMessageContaining(
            "a page size must be 1 to 10000 records (Clever answers a larger one with 413), not 0");
  }

  @Test
  void aDistrictsPageSizeAbove10000StopsTheStartAndSaysWhy() {
    assertThatThrownBy(() -> read(Map.of("clever.page-size-overrides.d1", "20000")))
        .isInstanceOf(ConfigValidationException.class)
        .hasMessageContaining("clever.page-size-overrides.d1")
        .hasMessageContaining(
            "a page size must be 1 to 10000 records (Clever answers a larger one with 413),"
                + " not 20000");
  }

  private static CleverConfig read(Map<String, String> properties) {
    Map<String, String> all = new HashMap<>(properties);
    all.put("clever.token-key", "dGVzdC1vbmx5LWtleS1mb3ItY2xldmVyLWZldGNoZXI=");
    SmallRyeConfig config =
        new SmallRyeConfigBuilder()
            .withMapping(CleverConfig.class)
            // Durations such as 10s, as Quarkus reads them.
            .withConverter(Duration.class, 100, new DurationConverter())
            .withSources(new PropertiesConfigSource(all, "test", 500))
            .build();
    return config.getConfigMapping(CleverConfig.class);
  }
}
