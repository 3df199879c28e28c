package io.rosterbridge.rosterctl.output;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How numbers, times and durations print (UTC, so that output reads the same everywhere). */
public final class Formats {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private Formats() {}

  /** A count with thousands separators: 12,345. */
  public static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /** A size in bytes as Quarkus writes limits (K and M of 1024): 10 MB, 512 KB or 100 bytes. */
  public static String size(long bytes) {
    if (bytes > 0 && bytes % (1024 * 1024) == 0) {
      return bytes / (1024 * 1024) + " MB";
    }
    if (bytes > 0 && bytes % 1024 == 0) {
      return bytes / 1024 + " KB";
    }
    return count(bytes) + (bytes == 1 ? " byte" : " bytes");
  }

  /** An instant as {@code 2025-03-01 08:00:01Z}; null as "-". */
  public static String time(Instant at) {
    return at == null ? "-" : TIME.format(at);
  }

  /** Milliseconds as {@code 850 ms}, {@code 12.3 s} or {@code 4 min 05 s}. */
  public static String millis(long millis) {
    if (millis < 1000) {
      return millis + " ms";
    }
    if (millis < 60_000) {
      return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }
    long seconds = millis / 1000;
    return String.format(Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60);
  }

  /** The time between two instants, or "-" when one is missing. */
  public static String between(Instant from, Instant to) {
    return from == null || to == null ? "-" : millis(Duration.between(from, to).toMillis());
  }

  /** An elapsed time as {@code m:ss}. */
  public static String clock(Duration elapsed) {
    long seconds = elapsed.toSeconds();
    return String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
  }

  /** An enum-like name in lower case: SOFT_DELETED → soft-deleted. */
  public static String lower(Object name) {
    return name == null ? "-" : name.toString().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
