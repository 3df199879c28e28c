package io.rosterbridge.rosterctl.output;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A plain-text table: a header, a rule and rows; numeric columns align right. */
public final class Table {

  private final List<String> headers;
  private final Set<Integer> right = new HashSet<>();
  private final List<List<String>> rows = new ArrayList<>();

  public Table(String... headers) {
    this.headers = List.of(headers);
  }

  /** Aligns the given columns (0-based) to the right. */
  public Table alignRight(int... columns) {
    for (int column : columns) {
      right.add(column);
    }
    return this;
  }

  /** Adds a row; null cells print as "-". */
  public Table row(Object... cells) {
    List<String> row = new ArrayList<>();
    for (int i = 0; i < headers.size(); i++) {
      Object cell = i < cells.length ? cells[i] : null;
      row.add(cell == null ? "-" : cell.toString());
    }
    rows.add(row);
    return this;
  }

  /** Whether no row was added. */
  public boolean isEmpty() {
    return rows.isEmpty();
  }

  /** Prints the table, each line indented by {@code indent}. */
  public void print(PrintWriter out, String indent) {
    int[] widths = widths();
    out.println(indent + line(headers, widths).stripTrailing());
    StringBuilder rule = new StringBuilder();
    for (int i = 0; i < widths.length; i++) {
      rule.append(i == 0 ? "" : "-+-").append("-".repeat(widths[i]));
    }
    out.println(indent + rule);
    for (List<String> row : rows) {
      out.println(indent + line(row, widths).stripTrailing());
    }
  }

  private int[] widths() {
    int[] widths = new int[headers.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = headers.get(i).length();
      for (List<String> row : rows) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    return widths;
  }

  private String line(List<String> cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < widths.length; i++) {
      line.append(i == 0 ? "" : " | ").append(pad(cells.get(i), widths[i], right.contains(i)));
    }
    return line.toString();
  }

  private static String pad(String text, int width, boolean alignRight) {
    String space = " ".repeat(width - text.length());
    return alignRight ? space + text : text + space;
  }
}
