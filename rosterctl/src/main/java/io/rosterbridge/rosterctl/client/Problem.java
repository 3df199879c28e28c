package io.rosterbridge.rosterctl.client;

import java.util.List;

/**
 * A refusal of the roster-writer: its message and, for a rejected CSV file, every row error.
 *
 * @param message what was refused
 * @param errors the row errors (line 0: the whole file), or empty
 */
public record Problem(String message, List<RowError> errors) {

  public Problem {
    errors = errors == null ? List.of() : List.copyOf(errors);
  }

  /** Why one line of a CSV file was refused (the header is line 1; 0 is the whole file). */
  public record RowError(long line, String message) {}
}
