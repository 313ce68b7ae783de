package dev.accountsecurity.jdbc;

import dev.accountsecurity.api.Session;
import dev.accountsecurity.api.SessionId;
import dev.accountsecurity.api.UserId;
import dev.accountsecurity.spi.SessionRecord;
import dev.accountsecurity.spi.SessionStore;
import dev.accountsecurity.spi.StoreException;
import dev.accountsecurity.spi.TokenHash;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * {@link SessionStore} on JDBC: the table {@code sessions}, looked up by the unique, indexed
 * token hash. Every operation is one statement. Instants are kept to the microsecond.
 *
 * <p>Thread-safe. Created by {@link JdbcStores}.
 */
public final class JdbcSessionStore implements SessionStore {
  private static final String COLUMNS = "id, token_hash, user_id, created_at, last_seen_at,"
      + " authenticated_at, two_factor_verified, " + Rows.LOCATION_DEVICE_COLUMNS + ", expires_at";

  private final Jdbc jdbc;
  private final String insert;
  private final String selectByTokenHash;
  private final String touch;
  private final String reauthenticated;
  private final String selectByUser;
  private final String deleteOne;
  private final String deleteAll;
  private final String deleteAllBut;
  private final String deleteExpired;

  JdbcSessionStore(Jdbc jdbc, String prefix) {
    this.jdbc = jdbc;
    insert = sql(prefix, "INSERT INTO ${prefix}sessions (" + COLUMNS + ") VALUES (?, ?, ?, ?,"
        + " ?, ?, ?, " + Rows.LOCATION_DEVICE_PLACEHOLDERS + ", ?)");
    selectByTokenHash =
        sql(prefix, "SELECT " + COLUMNS + " FROM ${prefix}sessions WHERE token_hash = ?");
    touch = sql(prefix,
        "UPDATE ${prefix}sessions SET last_seen_at = ? WHERE id = ? AND last_seen_at < ?");
    reauthenticated = sql(prefix, "UPDATE ${prefix}sessions SET authenticated_at = ?,"
        + " two_factor_verified = (two_factor_verified OR ?) WHERE id = ?");
    selectByUser = sql(prefix, "SELECT " + COLUMNS
        + " FROM ${prefix}sessions WHERE user_id = ? ORDER BY created_at DESC, id DESC");
    deleteOne = sql(prefix, "DELETE FROM ${prefix}sessions WHERE id = ? AND user_id = ?");
    deleteAll = sql(prefix, "DELETE FROM ${prefix}sessions WHERE user_id = ?");
    deleteAllBut = sql(prefix, "DELETE FROM ${prefix}sessions WHERE user_id = ? AND id <> ?");
    deleteExpired = sql(prefix,
        "DELETE FROM ${prefix}sessions WHERE expires_at < ? OR last_seen_at < ?");
  }

  /**
   * {@inheritDoc}
   *
   * @throws StoreException if the database fails, a taken id or token hash included
   */
  @Override
  public void create(SessionRecord session) {
    Objects.requireNonNull(session, "session");
    Session s = session.session();
    Args args = Args.of()
        .text(s.id().value())
        .text(session.tokenHash().hex())
        .text(s.user().value())
        .time(s.createdAt())
        .time(s.lastSeenAt())
        .time(s.authenticatedAt())
        .bool(s.twoFactorVerified());
    Rows.bindLocationAndDevice(args, s.ipAddress(), s.location(), s.device())
        .time(session.expiresAt());
    jdbc.update("create session", insert, args);
  }

  /**
   * {@inheritDoc}
   *
   * @throws StoreException if the database fails
   */
  @Override
  public Optional<SessionRecord> findByTokenHash(TokenHash tokenHash) {
    Objects.requireNonNull(tokenHash, "tokenHash");
    return jdbc.queryFirst("find session by token hash", selectByTokenHash,
        Args.of().text(tokenHash.hex()), JdbcSessionStore::read);
  }

  /**
   * {@inheritDoc}
   *
   * <p>One conditional update, so the last-seen time never moves back.
   *
   * @throws StoreException if the database fails
   */
  @Override
  public void touch(SessionId id, Instant lastSeenAt) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(lastSeenAt, "lastSeenAt");
    jdbc.update("touch session", touch,
        Args.of().time(lastSeenAt).text(id.value()).time(lastSeenAt));
  }

  /**
   * {@inheritDoc}
   *
   * @throws StoreException if the database fails
   */
  @Override
  public boolean reauthenticated(SessionId id, Instant authenticatedAt,
      boolean twoFactorVerified) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(authenticatedAt, "authenticatedAt");
    return jdbc.update("record re-authentication", reauthenticated,
        Args.of().time(authenticatedAt).bool(twoFactorVerified).text(id.value())) == 1;
  }

  /**
   * {@inheritDoc}
   *
   * <p>Newest first by creation time, then by id descending.
   *
   * @throws StoreException if the database fails
   */
  @Override
  public List<SessionRecord> listByUser(UserId user) {
    Objects.requireNonNull(user, "user");
    return jdbc.query("list sessions", selectByUser, Args.of().text(user.value()),
        JdbcSessionStore::read);
  }

  /**
   * {@inheritDoc}
   *
   * @throws StoreException if the database fails
   */
  @Override
  public boolean revoke(UserId user, SessionId id) {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(id, "id");
    return jdbc.update("revoke session", deleteOne,
        Args.of().text(id.value()).text(user.value())) == 1;
  }

  /**
   * {@inheritDoc}
   *
   * <p>One delete statement.
   *
   * @throws StoreException if the database fails
   */
  @Override
  public int revokeAll(UserId user, @Nullable SessionId keep) {
    Objects.requireNonNull(user, "user");
    if (keep == null) {
      return jdbc.update("revoke all sessions", deleteAll, Args.of().text(user.value()));
    }
    return jdbc.update("revoke all sessions", deleteAllBut,
        Args.of().text(user.value()).text(keep.value()));
  }

  /**
   * {@inheritDoc}
   *
   * <p>Both bounds are exclusive: a session expiring exactly at {@code now}, or last seen exactly
   * at {@code idleBefore}, is kept.
   *
   * @throws StoreException if the database fails
   */
  @Override
  public int purgeExpired(Instant now, Instant idleBefore) {
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(idleBefore, "idleBefore");
    return jdbc.update("purge expired sessions", deleteExpired,
        Args.of().time(now).time(idleBefore));
  }

  private static SessionRecord read(ResultSet row) throws SQLException {
    Session session = new Session(
        SessionId.of(Rows.text(row, "id")),
        UserId.of(Rows.text(row, "user_id")),
        Rows.time(row, "created_at"),
        Rows.time(row, "last_seen_at"),
        Rows.time(row, "authenticated_at"),
        row.getBoolean("two_factor_verified"),
        Rows.text(row, "ip_address"),
        Rows.location(row),
        Rows.device(row));
    return new SessionRecord(session, new TokenHash(Rows.text(row, "token_hash")),
        Rows.time(row, "expires_at"));
  }

  private static String sql(String prefix, String template) {
    return TablePrefix.apply(prefix, template);
  }
}
