package dev.accountsecurity.examples;

import java.io.PrintStream;
import java.util.List;
import java.util.Objects;

/**
 * The demo's output: chapter titles, one line per step with its result in a second column,
 * and tables. Not thread-safe.
 */
final class Console {
  private static final int LABEL_WIDTH = 38;
  private static final String INDENT = "  ";

  private final PrintStream out;

  Console(PrintStream out) {
    this.out = Objects.requireNonNull(out, "out");
  }

  void title(String text) {
    out.println(text);
    out.println("=".repeat(text.length()));
  }

  void chapter(int number, String text) {
    out.println();
    out.println(number + ". " + text);
  }

  void line(String text) {
    out.println(text);
  }

  /** One step: what happened, then the result beside it. */
  void step(String label, String result) {
    String padded = label.length() >= LABEL_WIDTH ? label + " "
        : label + " ".repeat(LABEL_WIDTH - label.length());
    out.println(INDENT + padded + result);
  }

  /** A further line of the step above, in its result column. */
  void more(String result) {
    out.println(INDENT + " ".repeat(LABEL_WIDTH) + result);
  }

  void table(TextTable table) {
    List<String> lines = table.lines(INDENT);
    lines.forEach(out::println);
  }
}
