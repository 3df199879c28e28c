package io.rosterbridge.cleversim.model;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Clever's timestamp format, {@code YYYY-MM-DDTHH:MM:SS.SSSZ} in UTC. */
public final class Timestamps {

  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private Timestamps() {}

  /** Formats an instant the way Clever writes {@code created} and {@code last_modified}. */
  public static String format(Instant instant) {
    return FORMAT.format(instant);
  }
}
