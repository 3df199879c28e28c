package io.rosterbridge.rosterctl.command;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads {@code 90s}, {@code 10m}, {@code 1h}, {@code 500ms} or ISO-8601 {@code PT10M}: a time to
 * wait, so longer than zero.
 */
public class DurationConverter implements ITypeConverter<Duration> {

  private static final Pattern SIMPLE = Pattern.compile("(\\d+)\\s*(ms|s|m|h)");

  @Override
  public Duration convert(String value) {
    Duration duration = read(value);
    if (duration.isZero() || duration.isNegative()) {
      throw new TypeConversionException(
          "'" + value + "' is not a duration longer than zero (e.g. 90s, 10m, 1h, PT10M)");
    }
    return duration;
  }

  private static Duration read(String value) {
    String text = value.trim().toLowerCase(Locale.ROOT);
    Matcher m = SIMPLE.matcher(text);
    try {
      if (m.matches()) {
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
          case "ms" -> Duration.ofMillis(n);
          case "s" -> Duration.ofSeconds(n);
          case "m" -> Duration.ofMinutes(n);
          default -> Duration.ofHours(n);
        };
      }
      return Duration.parse(value.trim().toUpperCase(Locale.ROOT));
    } catch (RuntimeException e) {
      // not a duration, or one too long to count
      throw new TypeConversionException(
          "'" + value + "' is not a duration (e.g. 90s, 10m, 1h, PT10M)");
    }
  }
}
