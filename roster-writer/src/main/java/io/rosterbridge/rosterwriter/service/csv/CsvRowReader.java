package io.rosterbridge.rosterwriter.service.csv;

import io.rosterbridge.rosterwriter.service.UsernameKeys;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;

/** Reads one record of an admins CSV into a row, or adds why it cannot. */
final class CsvRowReader {

  private CsvRowReader() {}

  /** The row, or null after adding its errors. */
  static CsvRow read(CSVRecord record, long line, List<RowError> errors) {
    Map<String, String> cells =
        record.toMap().entrySet().stream()
            .collect(
                Collectors.toMap(
                    e -> e.getKey().trim().toLowerCase(Locale.ROOT),
                    e -> e.getValue() == null ? "" : e.getValue()));
    int before = errors.size();
    String username = UsernameKeys.trim(cells.getOrDefault("username", ""));
    String key = UsernameKeys.of(username);
    if (key == null) {
      errors.add(new RowError(line, "username is empty"));
    }
    Optional<CsvRole> role = CsvRole.parse(cells.get("role"));
    if (role.isEmpty()) {
      errors.add(
          new RowError(
              line,
              "unknown role "
                  + RowError.quoted(cells.getOrDefault("role", "").trim())
                  + " (expected "
                  + CsvRole.accepted()
                  + ")"));
    }
    List<String> schools = schools(cells.getOrDefault("school_id", ""));
    role.ifPresent(r -> checkSchools(r, schools, line, errors));
    if (errors.size() > before) {
      return null;
    }
    return new CsvRow(
        line,
        username,
        key,
        role.get(),
        schools,
        blankToNull(cells.get("first_name")),
        blankToNull(cells.get("last_name")));
  }

  private static void checkSchools(
      CsvRole role, List<String> schools, long line, List<RowError> errors) {
    if (role == CsvRole.SCHOOL_ADMIN && schools.isEmpty()) {
      errors.add(new RowError(line, "school_admin needs a school_id"));
    } else if (role != CsvRole.SCHOOL_ADMIN && !schools.isEmpty()) {
      errors.add(new RowError(line, role.name().toLowerCase(Locale.ROOT) + " takes no school_id"));
    }
  }

  /** Clever school ids separated by ';' (an admin of several schools). */
  private static List<String> schools(String cell) {
    return Arrays.stream(cell.split(";"))
        .map(String::trim)
        .filter(s -> !s.isEmpty())
        .distinct()
        .toList();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
