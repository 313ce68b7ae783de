package dev.accountsecurity.jdbc;

import dev.accountsecurity.spi.StoreException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The tables of the JDBC stores, as versioned SQL scripts inside this jar, one folder per
 * dialect: {@code db/account-security/postgresql/V1__account_security.sql} and {@code
 * db/account-security/h2/V1__account_security.sql}. The scripts write the table prefix as the
 * Flyway placeholder {@code ${prefix}}, so a host can run them with its own Flyway or Liquibase;
 * {@link #initialize} runs them without either tool.
 *
 * <p>Thread-safe: holds no state.
 */
public final class JdbcSchema {
  /** The newest schema version this library knows. */
  public static final int LATEST_VERSION = 1;

  private static final String SCRIPT_NAME = "account_security";

  private JdbcSchema() {}

  /**
   * Returns the class path resource of a script, for example {@code
   * db/account-security/postgresql/V1__account_security.sql}.
   *
   * @param dialect the dialect
   * @param version the schema version, 1 to {@link #LATEST_VERSION}
   * @return the resource path, without a leading slash
   * @throws IllegalArgumentException if there is no such version
   */
  public static String scriptResource(Dialect dialect, int version) {
    Objects.requireNonNull(dialect, "dialect");
    if (version < 1 || version > LATEST_VERSION) {
      throw new IllegalArgumentException(
          "version must be between 1 and " + LATEST_VERSION + " but was " + version);
    }
    return "db/account-security/" + dialect.folder() + "/V" + version + "__" + SCRIPT_NAME + ".sql";
  }

  /**
   * Brings a database up to {@link #LATEST_VERSION}: creates the table {@code
   * <prefix>schema_version} if missing and applies, in one transaction, every script whose
   * version it does not list yet. Running it again changes nothing. On PostgreSQL a
   * transaction-scoped advisory lock keeps concurrent calls from applying a script twice, and a
   * failure leaves nothing behind; H2 commits each DDL statement at once, so there a failed run
   * can leave some tables created.
   *
   * <p>Hosts that manage their schema with Flyway or Liquibase use the scripts instead (see the
   * module's README) and do not call this.
   *
   * @param dataSource the database
   * @param dialect its dialect
   * @param tablePrefix the table prefix, as given to {@link JdbcStores.Builder#tablePrefix}
   * @return how many scripts were applied: 0 when the schema was up to date
   * @throws IllegalArgumentException if the table prefix does not match {@code
   *     [a-z][a-z0-9_]{0,20}}
   * @throws StoreException if the database fails
   */
  public static int initialize(DataSource dataSource, Dialect dialect, String tablePrefix) {
    Objects.requireNonNull(dataSource, "dataSource");
    Objects.requireNonNull(dialect, "dialect");
    String prefix = TablePrefix.check(tablePrefix);
    Jdbc jdbc = new Jdbc(dataSource, dialect);
    return jdbc.transaction("initialize schema", connection -> migrate(jdbc, connection, prefix));
  }

  private static int migrate(Jdbc jdbc, Connection connection, String prefix)
      throws SQLException {
    jdbc.lockForTransaction(connection, prefix + "schema_version");
    String timestamp = jdbc.dialect() == Dialect.POSTGRESQL ? "TIMESTAMPTZ"
        : "TIMESTAMP WITH TIME ZONE";
    execute(connection, TablePrefix.apply(prefix, "CREATE TABLE IF NOT EXISTS"
        + " ${prefix}schema_version (version INTEGER NOT NULL PRIMARY KEY,"
        + " description VARCHAR(200) NOT NULL, applied_at " + timestamp + " NOT NULL)"));
    Set<Integer> applied = new HashSet<>(Jdbc.query(connection,
        TablePrefix.apply(prefix, "SELECT version FROM ${prefix}schema_version"), Args.of(),
        row -> row.getInt("version")));
    int count = 0;
    for (int version = 1; version <= LATEST_VERSION; version++) {
      if (!applied.contains(version)) {
        apply(connection, jdbc.dialect(), prefix, version);
        count++;
      }
    }
    return count;
  }

  private static void apply(Connection connection, Dialect dialect, String prefix, int version)
      throws SQLException {
    for (String statement : statements(script(dialect, version))) {
      execute(connection, TablePrefix.apply(prefix, statement));
    }
    Jdbc.update(connection, TablePrefix.apply(prefix, "INSERT INTO ${prefix}schema_version"
            + " (version, description, applied_at) VALUES (?, ?, CURRENT_TIMESTAMP)"),
        Args.of().integer(version).text(SCRIPT_NAME));
  }

  private static void execute(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  static String script(Dialect dialect, int version) {
    String resource = scriptResource(dialect, version);
    try (InputStream in = JdbcSchema.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the jar lacks its schema script " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + resource + " failed", e);
    }
  }

  /**
   * Splits a script into statements. Our scripts keep to a simple form that makes this safe:
   * comments are whole lines starting with {@code --}, and a statement ends with {@code ;} at
   * the end of a line, never inside a literal.
   */
  static List<String> statements(String script) {
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : script.split("\n", -1)) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("--")) {
        continue;
      }
      current.append(line).append('\n');
      if (trimmed.endsWith(";")) {
        String text = current.toString().strip();
        statements.add(text.substring(0, text.length() - 1));
        current.setLength(0);
      }
    }
    if (!current.toString().isBlank()) {
      throw new IllegalStateException("a schema script ends without ';'");
    }
    return statements;
  }
}
