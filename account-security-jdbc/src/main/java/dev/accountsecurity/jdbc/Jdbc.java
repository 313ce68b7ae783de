package dev.accountsecurity.jdbc;

import dev.accountsecurity.spi.StoreException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * Borrows connections, runs statements and transactions, and turns every {@link SQLException}
 * into a {@link StoreException} that names the operation only. Every resource is closed; a
 * transaction is rolled back on any failure and the connection's auto-commit mode restored.
 * Thread-safe: holds nothing but the data source.
 */
final class Jdbc {
  private static final String UNIQUE_VIOLATION = "23505";

  private final DataSource dataSource;
  private final Dialect dialect;

  Jdbc(DataSource dataSource, Dialect dialect) {
    this.dataSource = dataSource;
    this.dialect = dialect;
  }

  Dialect dialect() {
    return dialect;
  }

  /** Work on one connection. */
  @FunctionalInterface
  interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  /** Runs one statement that changes rows, in auto-commit mode. */
  int update(String operation, String sql, Args args) {
    return single(operation, connection -> update(connection, sql, args));
  }

  /** Runs one query in auto-commit mode. */
  <T> List<T> query(String operation, String sql, Args args, Rows.Mapper<T> mapper) {
    return single(operation, connection -> query(connection, sql, args, mapper));
  }

  /** Runs one query in auto-commit mode and returns its first row. */
  <T> Optional<T> queryFirst(String operation, String sql, Args args, Rows.Mapper<T> mapper) {
    return single(operation, connection -> queryFirst(connection, sql, args, mapper));
  }

  /** Runs work of one statement in auto-commit mode, whatever mode the pool hands out. */
  <T> T single(String operation, Work<T> work) {
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      if (!autoCommit) {
        connection.setAutoCommit(true);
      }
      return runThenRestore(connection, autoCommit, work);
    } catch (SQLException e) {
      throw new StoreException(operation + " failed", e);
    }
  }

  /** Runs work in one transaction: committed when it returns, rolled back when it throws. */
  <T> T transaction(String operation, Work<T> work) {
    try (Connection connection = dataSource.getConnection()) {
      return runInTransaction(connection, work);
    } catch (SQLException e) {
      throw new StoreException(operation + " failed", e);
    }
  }

  /**
   * Runs reads in one transaction at repeatable read, so rows read from several tables come from
   * one snapshot.
   */
  <T> T snapshot(String operation, Work<T> work) {
    try (Connection connection = dataSource.getConnection()) {
      int isolation = connection.getTransactionIsolation();
      connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      T result;
      try {
        result = runInTransaction(connection, work);
      } catch (SQLException | RuntimeException | Error e) {
        restoreIsolationQuietly(connection, isolation, e);
        throw e;
      }
      connection.setTransactionIsolation(isolation);
      return result;
    } catch (SQLException e) {
      throw new StoreException(operation + " failed", e);
    }
  }

  private static void restoreIsolationQuietly(Connection connection, int isolation,
      Throwable failure) {
    try {
      connection.setTransactionIsolation(isolation);
    } catch (SQLException e) {
      failure.addSuppressed(e);
    }
  }

  private static <T> T runInTransaction(Connection connection, Work<T> work)
      throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    if (autoCommit) {
      connection.setAutoCommit(false);
    }
    return runThenRestore(connection, autoCommit, c -> commitOrRollBack(c, work));
  }

  private static <T> T commitOrRollBack(Connection connection, Work<T> work)
      throws SQLException {
    try {
      T result = work.run(connection);
      connection.commit();
      return result;
    } catch (SQLException | RuntimeException | Error e) {
      rollBack(connection, e);
      throw e;
    }
  }

  private static void rollBack(Connection connection, Throwable failure) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      failure.addSuppressed(e);
    }
  }

  private static <T> T runThenRestore(Connection connection, boolean autoCommit, Work<T> work)
      throws SQLException {
    T result;
    try {
      result = work.run(connection);
    } catch (SQLException | RuntimeException | Error e) {
      restoreQuietly(connection, autoCommit, e);
      throw e;
    }
    if (connection.getAutoCommit() != autoCommit) {
      connection.setAutoCommit(autoCommit);
    }
    return result;
  }

  private static void restoreQuietly(Connection connection, boolean autoCommit, Throwable failure) {
    try {
      if (connection.getAutoCommit() != autoCommit) {
        connection.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      failure.addSuppressed(e);
    }
  }

  static int update(Connection connection, String sql, Args args) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      args.bindTo(statement);
      return statement.executeUpdate();
    }
  }

  static <T> List<T> query(Connection connection, String sql, Args args, Rows.Mapper<T> mapper)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      args.bindTo(statement);
      try (ResultSet rows = statement.executeQuery()) {
        List<T> result = new ArrayList<>();
        while (rows.next()) {
          result.add(mapper.map(rows));
        }
        return result;
      }
    }
  }

  static <T> Optional<T> queryFirst(Connection connection, String sql, Args args,
      Rows.Mapper<T> mapper) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      args.bindTo(statement);
      statement.setMaxRows(1);
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next() ? Optional.of(mapper.map(rows)) : Optional.empty();
      }
    }
  }

  /**
   * Takes a PostgreSQL advisory lock held until the transaction ends. It serialises writers of a
   * set of rows that may not exist yet, which row locks cannot. Does nothing on H2.
   *
   * @param name what the lock guards; hashed to the lock's 64-bit key
   */
  void lockForTransaction(Connection connection, String name) throws SQLException {
    if (dialect == Dialect.POSTGRESQL) {
      queryFirst(connection, "SELECT pg_advisory_xact_lock(?)", Args.of().bigint(lockKey(name)),
          row -> Boolean.TRUE);
    }
  }

  static long lockKey(String name) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(name.getBytes(StandardCharsets.UTF_8));
      return ByteBuffer.wrap(digest).getLong();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** Tells whether a failure is a unique or primary key violation, on either dialect. */
  static boolean isUniqueViolation(@Nullable Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLException && UNIQUE_VIOLATION.equals(((SQLException) t).getSQLState())) {
        return true;
      }
    }
    return false;
  }
}
