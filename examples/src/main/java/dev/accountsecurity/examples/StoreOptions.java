package dev.accountsecurity.examples;

import java.nio.file.Path;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Where a program keeps its state and finds locations: the command-line options the demo and
 * the profile server share.
 *
 * @param jdbcUrl the database, or null for the program's own H2 file
 * @param jdbcUser the database user, or null
 * @param jdbcPassword the database password, or null
 * @param mmdb a MaxMind-format location file, or null for the data-free lookup
 * @param inMemory keep everything in memory, no database at all
 */
public record StoreOptions(
    @Nullable String jdbcUrl,
    @Nullable String jdbcUser,
    @Nullable String jdbcPassword,
    @Nullable Path mmdb,
    boolean inMemory) {

  /** The options that take a value. */
  public static final Set<String> VALUE_OPTIONS =
      Set.of("--jdbc-url", "--jdbc-user", "--jdbc-password", "--mmdb");

  /** The options that stand alone. */
  public static final Set<String> FLAG_OPTIONS = Set.of("--in-memory");

  /** The usage lines of these options. */
  public static final String USAGE = String.join(System.lineSeparator(),
      "  --mmdb PATH            a MaxMind-format file for locations (default: none, only",
      "                         private and loopback addresses are named)",
      "  --jdbc-url URL         jdbc:h2:... or jdbc:postgresql:... (default: an H2 file)",
      "  --jdbc-user USER       the database user",
      "  --jdbc-password PASS   the database password",
      "  --in-memory            keep everything in memory instead of a database");

  /**
   * Reads the options from a command line.
   *
   * @param line the parsed command line
   * @return the options
   * @throws IllegalArgumentException if both a JDBC URL and in-memory stores are asked for
   */
  public static StoreOptions from(CommandLine line) {
    String mmdb = line.value("--mmdb");
    StoreOptions options = new StoreOptions(line.value("--jdbc-url"), line.value("--jdbc-user"),
        line.value("--jdbc-password"), mmdb == null ? null : Path.of(mmdb),
        line.flag("--in-memory"));
    if (options.inMemory() && options.jdbcUrl() != null) {
      throw new IllegalArgumentException("--in-memory and --jdbc-url exclude each other");
    }
    return options;
  }
}
