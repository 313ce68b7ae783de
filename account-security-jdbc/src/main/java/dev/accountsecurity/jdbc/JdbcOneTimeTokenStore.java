package dev.accountsecurity.jdbc;

import dev.accountsecurity.api.UserId;
import dev.accountsecurity.spi.OneTimeToken;
import dev.accountsecurity.spi.OneTimeTokenStore;
import dev.accountsecurity.spi.StoreException;
import dev.accountsecurity.spi.TokenHash;
import dev.accountsecurity.spi.TokenPurpose;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link OneTimeTokenStore} on JDBC: the table {@code one_time_tokens}, keyed by the token's
 * hash. {@link #consume} is one conditional delete. {@link #spendAttempt} is one conditional
 * update ({@code ... AND attempts_left > 0}), with {@code RETURNING} on PostgreSQL and in a
 * transaction that locks the row on H2. {@link #issue} with {@code replaceOthers} deletes and
 * inserts in one transaction and marks the token as the sole one of its user and purpose, which
 * a unique key enforces: of concurrent issuers, those who lose that race start over, so exactly
 * one token is left. On PostgreSQL a transaction-scoped advisory lock per user and purpose
 * serialises them first, so there they never need to start over. Instants are kept to the
 * microsecond.
 *
 * <p>Thread-safe. Created by {@link JdbcStores}.
 */
public final class JdbcOneTimeTokenStore implements OneTimeTokenStore {
  private static final String COLUMNS = "token_hash, purpose, user_id, expires_at, attempts_left";

  /**
   * How often an issue replacing others starts over after a concurrent one won, before it gives
   * up. Each round lets at least one of the racing issuers through.
   */
  private static final int ISSUE_ATTEMPTS = 64;

  private static final Logger LOG = LoggerFactory.getLogger(JdbcOneTimeTokenStore.class);

  private final Jdbc jdbc;
  private final String prefix;
  private final String insert;
  private final String insertSole;
  private final String deleteOthers;
  private final String select;
  private final String delete;
  private final String spendReturning;
  private final String lockOne;
  private final String spend;
  private final String deleteSpent;
  private final String deleteAll;
  private final String deleteExpired;

  JdbcOneTimeTokenStore(Jdbc jdbc, String prefix) {
    this.jdbc = jdbc;
    this.prefix = prefix;
    insert = sql(prefix,
        "INSERT INTO ${prefix}one_time_tokens (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?)");
    insertSole = sql(prefix, "INSERT INTO ${prefix}one_time_tokens (" + COLUMNS + ", sole)"
        + " VALUES (?, ?, ?, ?, ?, TRUE)");
    deleteOthers = sql(prefix,
        "DELETE FROM ${prefix}one_time_tokens WHERE user_id = ? AND purpose = ?");
    select = sql(prefix, "SELECT " + COLUMNS + " FROM ${prefix}one_time_tokens"
        + " WHERE token_hash = ? AND purpose = ?");
    delete = sql(prefix,
        "DELETE FROM ${prefix}one_time_tokens WHERE token_hash = ? AND purpose = ?");
    spendReturning = sql(prefix, "UPDATE ${prefix}one_time_tokens"
        + " SET attempts_left = attempts_left - 1"
        + " WHERE token_hash = ? AND purpose = ? AND attempts_left > 0 RETURNING attempts_left");
    lockOne = sql(prefix, "SELECT attempts_left FROM ${prefix}one_time_tokens"
        + " WHERE token_hash = ? AND purpose = ? FOR UPDATE");
    spend = sql(prefix, "UPDATE ${prefix}one_time_tokens SET attempts_left = attempts_left - 1"
        + " WHERE token_hash = ? AND purpose = ? AND attempts_left > 0");
    deleteSpent = sql(prefix, "DELETE FROM ${prefix}one_time_tokens"
        + " WHERE token_hash = ? AND purpose = ? AND attempts_left = 0");
    deleteAll = deleteOthers;
    deleteExpired = sql(prefix, "DELETE FROM ${prefix}one_time_tokens WHERE expires_at < ?");
  }

  /**
   * {@inheritDoc}
   *
   * @throws StoreException if the database fails, a taken hash included
   */
  @Override
  public void issue(OneTimeToken token, boolean replaceOthers) {
    Objects.requireNonNull(token, "token");
    if (!replaceOthers) {
      jdbc.update("issue one-time token", insert, row(token));
      return;
    }
    for (int attempt = 1; ; attempt++) {
      try {
        jdbc.transaction("issue one-time token", connection -> replaceOthers(connection, token));
        return;
      } catch (StoreException e) {
        if (attempt == ISSUE_ATTEMPTS || !Jdbc.isUniqueViolation(e.getCause())) {
          throw e;
        }
        LOG.debug("A concurrent issue of a sole one-time token won; issuing again", e);
      }
    }
  }

  private int replaceOthers(Connection connection, OneTimeToken token) throws SQLException {
    String user = token.user().value();
    String purpose = token.purpose().name();
    jdbc.lockForTransaction(connection, prefix + "one_time_tokens/" + user + "/" + purpose);
    Jdbc.update(connection, deleteOthers, Args.of().text(user).text(purpose));
    // Fails with a unique violation when a concurrent issuer's sole token got in first.
    return Jdbc.update(connection, insertSole, row(token));
  }

  private static Args row(OneTimeToken token) {
    return Args.of()
        .text(token.hash().hex())
        .text(token.purpose().name())
        .text(token.user().value())
        .time(token.expiresAt())
        .integer(token.attemptsLeft());
  }

  /**
   * {@inheritDoc}
   *
   * @throws StoreException if the database fails
   */
  @Override
  public Optional<OneTimeToken> find(TokenHash hash, TokenPurpose purpose) {
    Objects.requireNonNull(hash, "hash");
    Objects.requireNonNull(purpose, "purpose");
    return jdbc.queryFirst("find one-time token", select, key(hash, purpose),
        JdbcOneTimeTokenStore::read);
  }

  /**
   * {@inheritDoc}
   *
   * <p>One conditional delete.
   *
   * @throws StoreException if the database fails
   */
  @Override
  public boolean consume(TokenHash hash, TokenPurpose purpose) {
    Objects.requireNonNull(hash, "hash");
    Objects.requireNonNull(purpose, "purpose");
    return jdbc.update("consume one-time token", delete, key(hash, purpose)) == 1;
  }

  /**
   * {@inheritDoc}
   *
   * <p>The token is deleted in the same transaction once it has no attempt left.
   *
   * @throws StoreException if the database fails
   */
  @Override
  public int spendAttempt(TokenHash hash, TokenPurpose purpose) {
    Objects.requireNonNull(hash, "hash");
    Objects.requireNonNull(purpose, "purpose");
    return jdbc.transaction("spend one-time token attempt", connection -> {
      int left = jdbc.dialect() == Dialect.POSTGRESQL
          ? spendReturning(connection, hash, purpose)
          : spendLocked(connection, hash, purpose);
      if (left <= 0) {
        Jdbc.update(connection, deleteSpent, key(hash, purpose));
      }
      return left;
    });
  }

  private int spendReturning(Connection connection, TokenHash hash, TokenPurpose purpose)
      throws SQLException {
    return Jdbc.queryFirst(connection, spendReturning, key(hash, purpose),
        row -> row.getInt("attempts_left")).orElse(-1);
  }

  private int spendLocked(Connection connection, TokenHash hash, TokenPurpose purpose)
      throws SQLException {
    Optional<Integer> before = Jdbc.queryFirst(connection, lockOne, key(hash, purpose),
        row -> row.getInt("attempts_left"));
    if (before.isEmpty() || before.get() == 0) {
      return -1;
    }
    Jdbc.update(connection, spend, key(hash, purpose));
    return before.get() - 1;
  }

  /**
   * {@inheritDoc}
   *
   * @throws StoreException if the database fails
   */
  @Override
  public int revokeAll(UserId user, TokenPurpose purpose) {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(purpose, "purpose");
    return jdbc.update("revoke one-time tokens", deleteAll,
        Args.of().text(user.value()).text(purpose.name()));
  }

  /**
   * {@inheritDoc}
   *
   * <p>A token whose expiry is before {@code now} counts as expired.
   *
   * @throws StoreException if the database fails
   */
  @Override
  public int purgeExpired(Instant now) {
    Objects.requireNonNull(now, "now");
    return jdbc.update("purge expired one-time tokens", deleteExpired, Args.of().time(now));
  }

  private static Args key(TokenHash hash, TokenPurpose purpose) {
    return Args.of().text(hash.hex()).text(purpose.name());
  }

  private static OneTimeToken read(ResultSet row) throws SQLException {
    return new OneTimeToken(
        new TokenHash(Rows.text(row, "token_hash")),
        Rows.constant(row, "purpose", TokenPurpose.class),
        UserId.of(Rows.text(row, "user_id")),
        Rows.time(row, "expires_at"),
        row.getInt("attempts_left"));
  }

  private static String sql(String prefix, String template) {
    return TablePrefix.apply(prefix, template);
  }
}
