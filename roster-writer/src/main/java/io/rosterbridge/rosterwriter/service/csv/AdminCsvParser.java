package io.rosterbridge.rosterwriter.service.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an admins CSV (UTF-8, header row; columns {@code username}, {@code role}, {@code
 * school_id}, {@code first_name}, {@code last_name}) into rows and row errors, checking everything
 * that needs no database: encoding, CSV syntax, columns, roles, schools per role, and usernames
 * repeated in the file (compared by key, so case and space variants repeat too).
 */
public final class AdminCsvParser {

  /** The parsed file: the valid rows and the errors; any error rejects the whole file. */
  public record Parsed(List<CsvRow> rows, List<RowError> errors) {}

  /** The longest parser message a row error repeats, in characters. */
  private static final int MESSAGE_MAX = 200;

  private static final Set<String> COLUMNS =
      Set.of("username", "role", "school_id", "first_name", "last_name");
  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .setIgnoreEmptyLines(true)
          .get();

  private AdminCsvParser() {}

  /** Parses the file's bytes. */
  public static Parsed parse(byte[] bytes) {
    List<RowError> errors = new ArrayList<>();
    List<CsvRow> rows = new ArrayList<>();
    String text;
    try {
      text = decode(bytes);
    } catch (CharacterCodingException e) {
      return new Parsed(rows, List.of(new RowError(0, "the file is not UTF-8 text")));
    }
    try (CSVParser parser = FORMAT.parse(new StringReader(text))) {
      if (parser.getHeaderNames().isEmpty()) {
        return new Parsed(rows, List.of(new RowError(0, "the file is empty")));
      }
      if (!header(parser.getHeaderNames(), errors)) {
        return new Parsed(rows, errors);
      }
      read(parser, rows, errors);
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      // commons-csv wraps its parse errors; the innermost message is the one a person can act on.
      Throwable cause = e;
      while (cause.getCause() != null) {
        cause = cause.getCause();
      }
      // Its messages may quote the whole header.
      errors.add(
          new RowError(0, "malformed CSV: " + RowError.shortened(cause.getMessage(), MESSAGE_MAX)));
    }
    if (rows.isEmpty() && errors.isEmpty()) {
      // An export that lost its rows, not a wish to import nobody.
      errors.add(new RowError(0, "the file has a header but no rows"));
    }
    return new Parsed(rows, errors);
  }

  private static void read(CSVParser parser, List<CsvRow> rows, List<RowError> errors) {
    Map<String, Long> firstLineOfKey = new HashMap<>();
    for (CSVRecord record : parser) {
      long line = record.getRecordNumber() + 1;
      if (!record.isConsistent()) {
        errors.add(
            new RowError(
                line,
                "has "
                    + record.size()
                    + (record.size() == 1 ? " field" : " fields")
                    + "; the header has "
                    + parser.getHeaderNames().size()));
        continue;
      }
      CsvRow row = CsvRowReader.read(record, line, errors);
      if (row == null) {
        continue;
      }
      Long first = firstLineOfKey.putIfAbsent(row.usernameKey(), line);
      if (first != null) {
        errors.add(
            new RowError(
                line,
                "username "
                    + RowError.quoted(row.username())
                    + " repeats row "
                    + first
                    + " (both are "
                    + RowError.quoted(row.usernameKey())
                    + ")"));
      } else {
        rows.add(row);
      }
    }
  }

  private static boolean header(List<String> names, List<RowError> errors) {
    List<String> normalized = names.stream().map(n -> n.trim().toLowerCase(Locale.ROOT)).toList();
    for (String name : normalized) {
      if (!COLUMNS.contains(name)) {
        errors.add(new RowError(1, "unknown column " + RowError.quoted(name)));
      }
    }
    for (String required : List.of("username", "role")) {
      if (!normalized.contains(required)) {
        errors.add(new RowError(1, "missing column '" + required + "'"));
      }
    }
    return errors.isEmpty();
  }

  private static String decode(byte[] bytes) throws CharacterCodingException {
    String text =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(bytes))
            .toString();
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }
}
