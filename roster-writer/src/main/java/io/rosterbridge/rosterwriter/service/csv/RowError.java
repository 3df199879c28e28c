package io.rosterbridge.rosterwriter.service.csv;

/**
 * Why a row (line {@code line} of the file, the header being line 1; 0 for the whole file) was
 * refused.
 */
public record RowError(long line, String message) {

  /** The longest part of a file a message quotes, in characters; longer values are cut. */
  static final int QUOTED_MAX = 60;

  /**
   * A value of the file as a message quotes it: in single quotes, on one line (control characters
   * escaped), and cut to {@value #QUOTED_MAX} characters with "…", so that a huge cell or header is
   * never echoed back whole.
   */
  static String quoted(String value) {
    return "'" + shortened(value, QUOTED_MAX) + "'";
  }

  /** The text on one line, cut to {@code max} characters with "…". */
  static String shortened(String text, int max) {
    StringBuilder out = new StringBuilder();
    int count = 0;
    for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
      if (count == max) {
        return out.append('…').toString();
      }
      appendVisible(out, text.codePointAt(i));
      count++;
    }
    return out.toString();
  }

  private static void appendVisible(StringBuilder out, int c) {
    switch (c) {
      case '\n' -> out.append("\\n");
      case '\r' -> out.append("\\r");
      case '\t' -> out.append("\\t");
      default -> {
        if (Character.isISOControl(c)) {
          out.append(String.format("\\u%04x", c));
        } else {
          out.appendCodePoint(c);
        }
      }
    }
  }
}
