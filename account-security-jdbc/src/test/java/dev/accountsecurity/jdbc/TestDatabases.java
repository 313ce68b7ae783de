package dev.accountsecurity.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The databases of the test run: one embedded PostgreSQL server, started on first use and shared
 * by every test class in the JVM (the library stops it at JVM exit), and one in-memory H2
 * database. Each dialect has one shared pool; classes keep apart by table prefix.
 */
final class TestDatabases {
  /** Connections in each shared pool: enough for the contract suites' 32 racers to contend. */
  private static final int SHARED_POOL_SIZE = 16;

  private static EmbeddedPostgres postgres;
  private static final Map<Dialect, HikariDataSource> SHARED = new EnumMap<>(Dialect.class);
  private static int poolCount;

  private TestDatabases() {}

  /** Returns the embedded PostgreSQL server, starting it on first use. */
  static synchronized EmbeddedPostgres postgres() {
    if (postgres == null) {
      try {
        // Durability is not under test here (RestartTest runs its own server with defaults),
        // so the shared server skips flushing to disk.
        postgres = EmbeddedPostgres.builder()
            .setServerConfig("fsync", "off")
            .setServerConfig("synchronous_commit", "off")
            .setServerConfig("full_page_writes", "off")
            .setServerConfig("max_connections", "200")
            .start();
      } catch (IOException e) {
        throw new UncheckedIOException("the embedded PostgreSQL server did not start", e);
      }
    }
    return postgres;
  }

  /** Returns the shared pool of a dialect. */
  static synchronized DataSource shared(Dialect dialect) {
    return SHARED.computeIfAbsent(dialect, d -> newPool(d, SHARED_POOL_SIZE));
  }

  /** Returns a new pool of its own, a "service instance"; the caller closes it. */
  static HikariDataSource newPool(Dialect dialect, int size) {
    return newPool(dialect, size, true);
  }

  /** Returns a new pool handing out connections in the given auto-commit mode. */
  static synchronized HikariDataSource newPool(Dialect dialect, int size, boolean autoCommit) {
    HikariConfig config = new HikariConfig();
    config.setAutoCommit(autoCommit);
    config.setJdbcUrl(jdbcUrl(dialect));
    config.setUsername(dialect == Dialect.POSTGRESQL ? "postgres" : "sa");
    config.setPassword("");
    config.setMaximumPoolSize(size);
    config.setPoolName("test-" + dialect.name().toLowerCase() + "-" + (++poolCount));
    return new HikariDataSource(config);
  }

  /** Returns a data source that opens a new physical connection each time: closing one ends it. */
  static DataSource unpooled(Dialect dialect) {
    if (dialect == Dialect.POSTGRESQL) {
      return postgres().getPostgresDatabase();
    }
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL(jdbcUrl(Dialect.H2));
    h2.setUser("sa");
    h2.setPassword("");
    return h2;
  }

  private static String jdbcUrl(Dialect dialect) {
    if (dialect == Dialect.POSTGRESQL) {
      return postgres().getJdbcUrl("postgres", "postgres");
    }
    return "jdbc:h2:mem:account-security-tests;DB_CLOSE_DELAY=-1";
  }
}
