package dev.accountsecurity.jdbc;

import java.util.Objects;
import java.util.regex.Pattern;

/** The table prefix: checked once, then the only text ever spliced into SQL. */
final class TablePrefix {
  static final String PLACEHOLDER = "${prefix}";

  private static final Pattern VALID = Pattern.compile("[a-z][a-z0-9_]{0,20}");

  private TablePrefix() {}

  /**
   * Checks a prefix.
   *
   * @throws IllegalArgumentException if it does not match {@code [a-z][a-z0-9_]{0,20}}
   */
  static String check(String prefix) {
    Objects.requireNonNull(prefix, "tablePrefix");
    if (!VALID.matcher(prefix).matches()) {
      // The prefix is configuration, not user input, so naming it in the message is safe.
      throw new IllegalArgumentException("tablePrefix must match [a-z][a-z0-9_]{0,20} but was \""
          + prefix + "\"");
    }
    return prefix;
  }

  /** Puts a checked prefix into SQL text written with the {@code ${prefix}} placeholder. */
  static String apply(String prefix, String sql) {
    return sql.replace(PLACEHOLDER, prefix);
  }
}
