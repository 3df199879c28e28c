package io.rosterbridge.rosterwriter.service.csv;

import java.util.List;

/** An import refused as a whole, with every row error found; nothing was written. */
public class CsvRejectedException extends RuntimeException {

  private final List<RowError> errors;

  public CsvRejectedException(List<RowError> errors) {
    super((errors.size() == 1 ? "1 error" : errors.size() + " errors") + "; nothing was imported");
    this.errors = List.copyOf(errors);
  }

  /** The errors, in line order. */
  public List<RowError> errors() {
    return errors;
  }
}
