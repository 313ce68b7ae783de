package dev.accountsecurity.jdbc;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * One set of tables under a prefix in a test database: creates them once, empties them, and
 * reads their raw rows for tests that assert what is stored.
 */
final class TestSchema {
  /** The tables, children before parents, so deleting in this order keeps foreign keys. */
  static final List<String> TABLES = List.of("password_history", "recovery_codes", "users",
      "sessions", "login_events", "throttle", "one_time_tokens");

  private final Dialect dialect;
  private final DataSource dataSource;
  private final String prefix;
  private boolean initialized;

  TestSchema(Dialect dialect, DataSource dataSource, String prefix) {
    this.dialect = dialect;
    this.dataSource = dataSource;
    this.prefix = prefix;
  }

  /** Tables under a prefix in the dialect's shared test database. */
  static TestSchema shared(Dialect dialect, String prefix) {
    return new TestSchema(dialect, TestDatabases.shared(dialect), prefix);
  }

  DataSource dataSource() {
    return dataSource;
  }

  Dialect dialect() {
    return dialect;
  }

  String prefix() {
    return prefix;
  }

  /** Creates the tables if needed, deletes every row, and returns stores over them. */
  synchronized JdbcStores emptyStores() {
    if (!initialized) {
      JdbcSchema.initialize(dataSource, dialect, prefix);
      initialized = true;
    }
    for (String table : TABLES) {
      execute("DELETE FROM " + prefix + table);
    }
    return stores(dataSource);
  }

  /** Returns stores over these tables through another data source. */
  JdbcStores stores(DataSource through) {
    return JdbcStores.builder().dataSource(through).dialect(dialect).tablePrefix(prefix).build();
  }

  /** Returns every row of a table, each column by lower-case name, in a stable order. */
  List<Map<String, Object>> rows(String table) {
    List<Map<String, Object>> rows = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet result =
            statement.executeQuery("SELECT * FROM " + prefix + table + " ORDER BY 1, 2")) {
      ResultSetMetaData meta = result.getMetaData();
      while (result.next()) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          row.put(meta.getColumnName(i).toLowerCase(), result.getObject(i));
        }
        rows.add(row);
      }
    } catch (SQLException e) {
      fail("reading " + table + " failed", e);
    }
    return rows;
  }

  /** Returns every row of every table, by table. */
  Map<String, List<Map<String, Object>>> allRows() {
    Map<String, List<Map<String, Object>>> all = new LinkedHashMap<>();
    for (String table : TABLES) {
      all.put(table, rows(table));
    }
    return all;
  }

  long count(String table) {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("SELECT COUNT(*) FROM " + prefix + table)) {
      result.next();
      return result.getLong(1);
    } catch (SQLException e) {
      return fail("counting " + table + " failed", e);
    }
  }

  private void execute(String sql) {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      fail(sql + " failed", e);
    }
  }
}
