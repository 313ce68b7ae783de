package dev.accountsecurity.jdbc;

import dev.accountsecurity.spi.StoreException;
import dev.accountsecurity.spi.ThrottleState;
import dev.accountsecurity.spi.ThrottleStore;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link ThrottleStore} on JDBC: the table {@code throttle}. On PostgreSQL a failure is counted
 * by one upsert ({@code INSERT ... ON CONFLICT DO UPDATE ... RETURNING}); on H2 by a transaction
 * that updates the row, or inserts it and starts over when a concurrent insert won. Either way
 * N concurrent failures answer 1 to N. Instants are kept to the microsecond.
 *
 * <p>Thread-safe. Created by {@link JdbcStores}.
 */
public final class JdbcThrottleStore implements ThrottleStore {
  /** The longest key, as the port documents it; the column holds exactly this many. */
  static final int MAX_KEY_LENGTH = 200;

  /** A concurrent insert can win at most once per key before the update path applies. */
  private static final int H2_ATTEMPTS = 5;

  private static final Logger LOG = LoggerFactory.getLogger(JdbcThrottleStore.class);

  private final Jdbc jdbc;
  private final String upsert;
  private final String increment;
  private final String insert;
  private final String select;
  private final String delete;
  private final String deleteOlder;

  JdbcThrottleStore(Jdbc jdbc, String prefix) {
    this.jdbc = jdbc;
    upsert = sql(prefix, "INSERT INTO ${prefix}throttle AS t (throttle_key, failures,"
        + " last_failure_at) VALUES (?, 1, ?) ON CONFLICT (throttle_key) DO UPDATE SET"
        + " failures = t.failures + 1, last_failure_at = EXCLUDED.last_failure_at"
        + " RETURNING throttle_key, failures, last_failure_at");
    increment = sql(prefix, "UPDATE ${prefix}throttle SET failures = failures + 1,"
        + " last_failure_at = ? WHERE throttle_key = ?");
    insert = sql(prefix, "INSERT INTO ${prefix}throttle (throttle_key, failures,"
        + " last_failure_at) VALUES (?, 1, ?)");
    select = sql(prefix, "SELECT throttle_key, failures, last_failure_at FROM ${prefix}throttle"
        + " WHERE throttle_key = ?");
    delete = sql(prefix, "DELETE FROM ${prefix}throttle WHERE throttle_key = ?");
    deleteOlder = sql(prefix, "DELETE FROM ${prefix}throttle WHERE last_failure_at < ?");
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException if the key is longer than 200 characters
   * @throws StoreException if the database fails
   */
  @Override
  public ThrottleState recordFailure(String key, Instant at) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(at, "at");
    if (key.length() > MAX_KEY_LENGTH) {
      throw new IllegalArgumentException(
          "key must be at most " + MAX_KEY_LENGTH + " characters but was " + key.length());
    }
    if (jdbc.dialect() == Dialect.POSTGRESQL) {
      return jdbc.queryFirst("record failure", upsert, Args.of().text(key).time(at),
          JdbcThrottleStore::read).orElseThrow();
    }
    return recordFailureByUpdateOrInsert(key, at);
  }

  private ThrottleState recordFailureByUpdateOrInsert(String key, Instant at) {
    for (int attempt = 1; ; attempt++) {
      try {
        return jdbc.transaction("record failure", connection -> updateOrInsert(connection, key,
            at));
      } catch (StoreException e) {
        if (attempt == H2_ATTEMPTS || !Jdbc.isUniqueViolation(e.getCause())) {
          throw e;
        }
        LOG.debug("A concurrent first failure under the key won; counting again", e);
      }
    }
  }

  private ThrottleState updateOrInsert(Connection connection, String key, Instant at)
      throws SQLException {
    if (Jdbc.update(connection, increment, Args.of().time(at).text(key)) == 0) {
      // A concurrent insert of the same key fails here with a unique violation: start over.
      Jdbc.update(connection, insert, Args.of().text(key).time(at));
    }
    // The row is locked by this transaction, so this reads this failure's count.
    return Jdbc.queryFirst(connection, select, Args.of().text(key), JdbcThrottleStore::read)
        .orElseThrow(() -> new SQLException("the locked throttle row is gone"));
  }

  /**
   * {@inheritDoc}
   *
   * @throws StoreException if the database fails
   */
  @Override
  public Optional<ThrottleState> find(String key) {
    Objects.requireNonNull(key, "key");
    return jdbc.queryFirst("find throttle state", select, Args.of().text(key),
        JdbcThrottleStore::read);
  }

  /**
   * {@inheritDoc}
   *
   * @throws StoreException if the database fails
   */
  @Override
  public void clear(String key) {
    Objects.requireNonNull(key, "key");
    jdbc.update("clear throttle state", delete, Args.of().text(key));
  }

  /**
   * {@inheritDoc}
   *
   * @throws StoreException if the database fails
   */
  @Override
  public int purgeOlderThan(Instant cutoff) {
    Objects.requireNonNull(cutoff, "cutoff");
    return jdbc.update("purge throttle states", deleteOlder, Args.of().time(cutoff));
  }

  private static ThrottleState read(ResultSet row) throws SQLException {
    return new ThrottleState(Rows.text(row, "throttle_key"), row.getInt("failures"),
        Rows.time(row, "last_failure_at"));
  }

  private static String sql(String prefix, String template) {
    return TablePrefix.apply(prefix, template);
  }
}
