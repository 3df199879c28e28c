package io.rosterbridge.rosterwriter.repository;

/** Writes rows in PostgreSQL's COPY text format (tab-separated, {@code \N} for null). */
final class CopyText {

  private CopyText() {}

  /** Appends one row and its line end. */
  static void appendRow(StringBuilder out, Object[] row) {
    for (int i = 0; i < row.length; i++) {
      if (i > 0) {
        out.append('\t');
      }
      appendValue(out, row[i]);
    }
    out.append('\n');
  }

  private static void appendValue(StringBuilder out, Object value) {
    if (value == null) {
      out.append("\\N");
      return;
    }
    String text = value.toString();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\0' -> {
          // PostgreSQL text cannot hold NUL; it is dropped rather than failing the run.
        }
        default -> out.append(c);
      }
    }
  }
}
