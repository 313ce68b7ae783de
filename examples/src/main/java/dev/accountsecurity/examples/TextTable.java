package dev.accountsecurity.examples;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A table of text in aligned columns, as a person reads it on a console. Not thread-safe.
 */
public final class TextTable {
  private final List<String> headers;
  private final List<List<String>> rows = new ArrayList<>();

  private TextTable(List<String> headers) {
    this.headers = List.copyOf(headers);
  }

  /**
   * Starts a table.
   *
   * @param headers the column headers
   * @return an empty table
   */
  public static TextTable of(String... headers) {
    return new TextTable(List.of(headers));
  }

  /**
   * Adds a row.
   *
   * @param cells one cell per column
   * @return this table
   * @throws IllegalArgumentException if the number of cells differs from the number of columns
   */
  public TextTable row(String... cells) {
    if (cells.length != headers.size()) {
      throw new IllegalArgumentException(
          "a row must have " + headers.size() + " cells but had " + cells.length);
    }
    for (String cell : cells) {
      Objects.requireNonNull(cell, "cell");
    }
    rows.add(List.of(cells));
    return this;
  }

  /**
   * Renders the table: the header, a rule, then the rows, each line indented.
   *
   * @param indent the spaces before each line
   * @return the lines
   */
  public List<String> lines(String indent) {
    int[] widths = widths();
    List<String> lines = new ArrayList<>();
    lines.add(indent + line(headers, widths));
    List<String> rule = new ArrayList<>();
    for (int width : widths) {
      rule.add("-".repeat(width));
    }
    lines.add(indent + line(rule, widths));
    for (List<String> row : rows) {
      lines.add(indent + line(row, widths));
    }
    return lines;
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

  private static String line(List<String> cells, int[] widths) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      String cell = cells.get(i);
      text.append(cell);
      if (i < cells.size() - 1) {
        text.append(" ".repeat(widths[i] - cell.length() + 2));
      }
    }
    return text.toString();
  }
}
