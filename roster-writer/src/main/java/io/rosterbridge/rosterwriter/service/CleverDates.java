package io.rosterbridge.rosterwriter.service;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reads the {@code YYYY-MM-DD} dates Clever sends (a longer ISO timestamp keeps its date part). */
public final class CleverDates {

  private CleverDates() {}

  /** The date, or null when absent or unreadable (a term without dates is still rostered). */
  public static LocalDate parse(String text) {
    if (text == null || text.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(text.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
