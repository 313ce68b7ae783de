package dev.accountsecurity.jdbc;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * Wraps an unpooled data source so that the n-th statement whose SQL contains a fragment fails
 * when executed: either the statement alone fails, or the connection dies with it (closed
 * underneath, as when the network drops; the server then rolls back). Records each borrowed
 * connection's auto-commit mode as it is handed back.
 */
final class FailingDataSource {
  /** How the failure looks. */
  enum Mode {
    /** The statement fails; the connection still works, rollback included. */
    STATEMENT_FAILS,
    /** The connection is closed underneath and the statement fails; so does everything after. */
    CONNECTION_DIES
  }

  private static final Set<String> EXECUTES = Set.of("execute", "executeUpdate", "executeQuery",
      "executeBatch", "executeLargeUpdate");

  private final DataSource real;
  private final String fragment;
  private final int occurrence;
  private final Mode mode;
  private final AtomicInteger seen = new AtomicInteger();
  private final List<Boolean> autoCommitOnClose = new CopyOnWriteArrayList<>();

  FailingDataSource(DataSource real, String fragment, int occurrence, Mode mode) {
    this.real = real;
    this.fragment = fragment;
    this.occurrence = occurrence;
    this.mode = mode;
  }

  DataSource dataSource() {
    return proxy(DataSource.class, (proxy, method, args) -> {
      Object result = invoke(real, method, args);
      return method.getName().equals("getConnection") ? connection((Connection) result) : result;
    });
  }

  /** Tells whether the failure happened. */
  boolean failed() {
    return seen.get() >= occurrence;
  }

  /** Returns each connection's auto-commit mode when it was closed, if it still worked. */
  List<Boolean> autoCommitOnClose() {
    return List.copyOf(autoCommitOnClose);
  }

  private Connection connection(Connection connection) {
    return proxy(Connection.class, (proxy, method, args) -> {
      if (method.getName().equals("close") && !connection.isClosed()) {
        autoCommitOnClose.add(connection.getAutoCommit());
      }
      Object result = invoke(connection, method, args);
      if (method.getName().equals("prepareStatement") && ((String) args[0]).contains(fragment)
          && seen.incrementAndGet() == occurrence) {
        return failing(connection, (PreparedStatement) result);
      }
      return result;
    });
  }

  private PreparedStatement failing(Connection connection, PreparedStatement statement) {
    return proxy(PreparedStatement.class, (proxy, method, args) -> {
      if (EXECUTES.contains(method.getName())) {
        if (mode == Mode.CONNECTION_DIES) {
          connection.close();
        }
        throw new SQLException("injected failure", "08006");
      }
      return invoke(statement, method, args);
    });
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  private static <T> T proxy(Class<T> type, InvocationHandler handler) {
    return type.cast(Proxy.newProxyInstance(
        FailingDataSource.class.getClassLoader(), new Class<?>[] {type}, handler));
  }
}
