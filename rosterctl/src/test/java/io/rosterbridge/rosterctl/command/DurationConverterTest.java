package io.rosterbridge.rosterctl.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

class DurationConverterTest {

  private final DurationConverter converter = new DurationConverter();

  @Test
  void readsShortFormsAndIso() {
    assertThat(converter.convert("500ms")).isEqualTo(Duration.ofMillis(500));
    assertThat(converter.convert("90s")).isEqualTo(Duration.ofSeconds(90));
    assertThat(converter.convert("10m")).isEqualTo(Duration.ofMinutes(10));
    assertThat(converter.convert("2h")).isEqualTo(Duration.ofHours(2));
    assertThat(converter.convert("PT1M30S")).isEqualTo(Duration.ofSeconds(90));
  }

  @Test
  void refusesAnythingElse() {
    assertThatThrownBy(() -> converter.convert("soon"))
        .isInstanceOf(TypeConversionException.class)
        .hasMessage("'soon' is not a duration (e.g. 90s, 10m, 1h, PT10M)");
  }

  @Test
  void refusesNothingAndLessThanNothing() {
    for (String value : new String[] {"0s", "0ms", "PT0S", "PT-5M", "-PT1H"}) {
      assertThatThrownBy(() -> converter.convert(value))
          .as(value)
          .isInstanceOf(TypeConversionException.class)
          .hasMessage(
              "'" + value + "' is not a duration longer than zero (e.g. 90s, 10m, 1h, PT10M)");
    }
    assertThatThrownBy(() -> converter.convert("99999999999999999999s"))
        .isInstanceOf(TypeConversionException.class)
        .hasMessage("'99999999999999999999s' is not a duration (e.g. 90s, 10m, 1h, PT10M)");
  }
}
