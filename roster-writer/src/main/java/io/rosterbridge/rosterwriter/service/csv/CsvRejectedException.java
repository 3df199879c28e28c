package io.rosterbridge.rosterwriter.service.csv;

import java.util.List;
import java.util.Locale;

/**
 * An import refused as a whole; nothing was written. The message counts every error found; the
 * first {@value #LISTED_MAX} are listed, so that a file of wrong rows gets a readable answer.
 */
public class CsvRejectedException extends RuntimeException {

  /** How many row errors a refusal lists at most. */
  static final int LISTED_MAX = 100;

  private final List<RowError> errors;

  /** A refusal with every error found, in line order. */
  public CsvRejectedException(List<RowError> errors) {
    super(message(errors.size()));
    this.errors = List.copyOf(errors.subList(0, Math.min(errors.size(), LISTED_MAX)));
  }

  /** The first {@value #LISTED_MAX} errors, in line order. */
  public List<RowError> errors() {
    return errors;
  }

  private static String message(int total) {
    String count = total == 1 ? "1 error" : String.format(Locale.ROOT, "%,d errors", total);
    if (total <= LISTED_MAX) {
      return count + "; nothing was imported";
    }
    return String.format(
        Locale.ROOT,
        "%s; nothing was imported (the first %d are listed, and %,d more)",
        count,
        LISTED_MAX,
        total - LISTED_MAX);
  }
}
