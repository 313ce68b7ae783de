package dev.accountsecurity.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class JdbcSchemaTest {
  private static final Set<String> TABLES = Set.of("users", "password_history", "recovery_codes",
      "sessions", "login_events", "throttle", "one_time_tokens", "schema_version");
  private static final Pattern NAME_AFTER_KEYWORD = Pattern.compile(
      "\\b(?:CREATE TABLE|CREATE INDEX|CONSTRAINT|REFERENCES|ON(?! DELETE))\\s+(\\S+)");

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void initialize_emptyDatabase_createsEveryTableUnderThePrefixAndRecordsVersionOne(
      Dialect dialect) {
    DataSource dataSource = TestDatabases.shared(dialect);

    assertEquals(1, JdbcSchema.initialize(dataSource, dialect, "fresh_"));

    assertEquals(new TreeSet<>(TABLES), tablesStartingWith(dataSource, "fresh_"));
    assertEquals(List.of(1), versions(dataSource, "fresh_"));
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void initialize_again_appliesNothing(Dialect dialect) {
    DataSource dataSource = TestDatabases.shared(dialect);
    JdbcSchema.initialize(dataSource, dialect, "again_");

    assertEquals(0, JdbcSchema.initialize(dataSource, dialect, "again_"));

    assertEquals(List.of(1), versions(dataSource, "again_"));
  }

  @Test
  void initialize_concurrentlyOnPostgres_appliesOnce() throws Exception {
    DataSource dataSource = TestDatabases.shared(Dialect.POSTGRESQL);

    List<Integer> applied = Racers.run(4,
        racer -> JdbcSchema.initialize(dataSource, Dialect.POSTGRESQL, "racing_"));

    assertEquals(1, applied.stream().mapToInt(Integer::intValue).sum());
    assertEquals(List.of(1), versions(dataSource, "racing_"));
  }

  @Test
  void initialize_invalidPrefix_throwsIllegalArgumentAndCreatesNothing() {
    DataSource dataSource = TestDatabases.shared(Dialect.H2);

    assertThrows(IllegalArgumentException.class,
        () -> JdbcSchema.initialize(dataSource, Dialect.H2, "Bad-"));

    assertEquals(Set.of(), tablesStartingWith(dataSource, "bad"));
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void script_everyNameItDefines_startsWithThePrefixPlaceholder(Dialect dialect) {
    String script = JdbcSchema.script(dialect, 1);

    Matcher names = NAME_AFTER_KEYWORD.matcher(String.join("\n",
        JdbcSchema.statements(script)));
    int count = 0;
    while (names.find()) {
      assertTrue(names.group(1).startsWith("${prefix}"), names.group(1));
      count++;
    }
    // Every placeholder names something, and it is the only placeholder.
    String statements = String.join("\n", JdbcSchema.statements(script));
    assertEquals(count, statements.split("\\$\\{prefix}", -1).length - 1);
    assertEquals(count, statements.split("\\$\\{", -1).length - 1);
    assertTrue(count > TABLES.size(), "only " + count + " names");
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void scriptResource_versionOne_pathFlywayFinds(Dialect dialect) {
    String expected = dialect == Dialect.POSTGRESQL
        ? "db/account-security/postgresql/V1__account_security.sql"
        : "db/account-security/h2/V1__account_security.sql";

    assertEquals(expected, JdbcSchema.scriptResource(dialect, 1));
  }

  @Test
  void scriptResource_unknownVersion_throwsIllegalArgument() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> JdbcSchema.scriptResource(Dialect.H2, 2));

    assertEquals("version must be between 1 and 1 but was 2", e.getMessage());
  }

  @Test
  void statements_commentsAndLineBreaks_splitAtSemicolonsEndingLines() {
    String script = "-- a comment; with a semicolon\nCREATE TABLE a (\n  x INT\n);\n\n"
        + "CREATE INDEX b ON a (x);\n";

    assertEquals(List.of("CREATE TABLE a (\n  x INT\n)", "CREATE INDEX b ON a (x)"),
        JdbcSchema.statements(script));
  }

  private static Set<String> tablesStartingWith(DataSource dataSource, String prefix) {
    Set<String> tables = new TreeSet<>();
    String sql = "SELECT table_name FROM information_schema.tables WHERE LOWER(table_name)"
        + " LIKE ?";
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, prefix + "%");
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          tables.add(rows.getString(1).toLowerCase().substring(prefix.length()));
        }
      }
    } catch (SQLException e) {
      fail(e);
    }
    return tables;
  }

  private static List<Integer> versions(DataSource dataSource, String prefix) {
    return new Jdbc(dataSource, Dialect.H2).query("read versions",
        "SELECT version FROM " + prefix + "schema_version ORDER BY version", Args.of(),
        row -> row.getInt("version"));
  }
}
