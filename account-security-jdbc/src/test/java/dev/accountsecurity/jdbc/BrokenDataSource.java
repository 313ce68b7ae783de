package dev.accountsecurity.jdbc;

import java.lang.reflect.Proxy;
import java.sql.SQLException;
import javax.sql.DataSource;

/** A data source whose every connection attempt fails, as when the database is down. */
final class BrokenDataSource {
  private BrokenDataSource() {}

  static DataSource create() {
    return (DataSource) Proxy.newProxyInstance(BrokenDataSource.class.getClassLoader(),
        new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
          if (method.getName().equals("getConnection")) {
            throw new SQLException("connection refused (test)", "08001");
          }
          throw new UnsupportedOperationException(method.getName());
        });
  }
}
