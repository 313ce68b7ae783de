package dev.accountsecurity.jdbc;

import dev.accountsecurity.spi.StoreException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Objects;
import javax.sql.DataSource;

/** The databases the JDBC stores speak to. */
public enum Dialect {
  /** PostgreSQL 12 or later. */
  POSTGRESQL("postgresql"),
  /** H2 2.x in its own (regular) mode. */
  H2("h2");

  private final String folder;

  Dialect(String folder) {
    this.folder = folder;
  }

  /**
   * Tells the dialect of a database from its JDBC metadata. Borrows one connection.
   *
   * @param dataSource the database
   * @return the dialect
   * @throws IllegalArgumentException if the database is neither PostgreSQL nor H2
   * @throws StoreException if no connection could be had
   */
  public static Dialect detect(DataSource dataSource) {
    Objects.requireNonNull(dataSource, "dataSource");
    String product;
    try (Connection connection = dataSource.getConnection()) {
      product = connection.getMetaData().getDatabaseProductName();
    } catch (SQLException e) {
      throw new StoreException("detect the database dialect failed", e);
    }
    return fromProductName(product);
  }

  static Dialect fromProductName(String product) {
    String name = product.toLowerCase(Locale.ROOT);
    if (name.equals("postgresql")) {
      return POSTGRESQL;
    }
    if (name.equals("h2")) {
      return H2;
    }
    throw new IllegalArgumentException(
        "the database must be PostgreSQL or H2 but its product name was " + product);
  }

  /** Returns the folder of this dialect's scripts under {@code db/account-security/}. */
  String folder() {
    return folder;
  }
}
