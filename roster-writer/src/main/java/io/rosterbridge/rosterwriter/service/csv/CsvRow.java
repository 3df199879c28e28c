package io.rosterbridge.rosterwriter.service.csv;

import java.util.List;

/**
 * One valid row of an admins CSV: its line, the username (display form, trimmed) and its key, the
 * role, the Clever school ids (school admins only), and names.
 */
public record CsvRow(
    long line,
    String username,
    String usernameKey,
    CsvRole role,
    List<String> schoolIds,
    String firstName,
    String lastName) {

  public CsvRow {
    schoolIds = List.copyOf(schoolIds);
  }
}
