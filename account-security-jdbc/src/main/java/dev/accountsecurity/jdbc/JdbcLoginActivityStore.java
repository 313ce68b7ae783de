package dev.accountsecurity.jdbc;

import dev.accountsecurity.api.Factor;
import dev.accountsecurity.api.LoginEvent;
import dev.accountsecurity.api.LoginEventId;
import dev.accountsecurity.api.LoginOutcome;
import dev.accountsecurity.api.SessionId;
import dev.accountsecurity.api.UserId;
import dev.accountsecurity.spi.LoginActivityStore;
import dev.accountsecurity.spi.StoreException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * {@link LoginActivityStore} on JDBC: the table {@code login_events}, paged by keyset over the
 * index {@code (user_id, occurred_at DESC, id DESC)}. Every operation is one statement; appends
 * from any number of threads and instances are independent inserts. Event ids compare in code
 * point order (the {@code "C"} collation on PostgreSQL). Instants are kept to the microsecond.
 *
 * <p>Thread-safe. Created by {@link JdbcStores}.
 */
public final class JdbcLoginActivityStore implements LoginActivityStore {
  private static final String COLUMNS = "id, user_id, occurred_at, outcome, factor, "
      + Rows.LOCATION_DEVICE_COLUMNS + ", session_id";
  // Built from the enum's own constants, never from input.
  private static final String SIGNED_IN = Arrays.stream(LoginOutcome.values())
      .filter(LoginOutcome::signedIn)
      .map(outcome -> "'" + outcome.name() + "'")
      .collect(Collectors.joining(", ", "outcome IN (", ")"));

  private final Jdbc jdbc;
  private final String insert;
  private final String selectNewest;
  private final String selectBefore;
  private final String selectById;
  private final String selectSignedInFrom;
  private final String selectLatestSignIn;
  private final String deleteOlder;

  JdbcLoginActivityStore(Jdbc jdbc, String prefix) {
    this.jdbc = jdbc;
    insert = sql(prefix, "INSERT INTO ${prefix}login_events (" + COLUMNS + ") VALUES"
        + " (?, ?, ?, ?, ?, " + Rows.LOCATION_DEVICE_PLACEHOLDERS + ", ?)");
    String ofUser = "SELECT " + COLUMNS + " FROM ${prefix}login_events WHERE user_id = ?";
    String newestFirst = " ORDER BY occurred_at DESC, id DESC LIMIT ?";
    selectNewest = sql(prefix, ofUser + newestFirst);
    selectBefore = sql(prefix, ofUser
        + " AND (occurred_at < ? OR (occurred_at = ? AND id < ?))" + newestFirst);
    selectById = sql(prefix, "SELECT " + COLUMNS + " FROM ${prefix}login_events WHERE id = ?");
    selectSignedInFrom = sql(prefix, "SELECT id FROM ${prefix}login_events WHERE user_id = ?"
        + " AND " + SIGNED_IN + " AND browser = ? AND os = ? AND country_code = ? LIMIT 1");
    selectLatestSignIn = sql(prefix, ofUser + " AND " + SIGNED_IN
        + " ORDER BY occurred_at DESC, id DESC LIMIT 1");
    deleteOlder = sql(prefix, "DELETE FROM ${prefix}login_events WHERE occurred_at < ?");
  }

  /**
   * {@inheritDoc}
   *
   * @throws StoreException if the database fails, a taken id included
   */
  @Override
  public void append(LoginEvent event) {
    Objects.requireNonNull(event, "event");
    UserId user = event.user();
    SessionId session = event.session();
    Args args = Args.of()
        .text(event.id().value())
        .nullableText(user == null ? null : user.value())
        .time(event.at())
        .text(event.outcome().name())
        .text(event.factor().name());
    Rows.bindLocationAndDevice(args, event.ipAddress(), event.location(), event.device())
        .nullableText(session == null ? null : session.value());
    jdbc.update("append login event", insert, args);
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException if {@code limit} is less than 1
   * @throws StoreException if the database fails
   */
  @Override
  public List<LoginEvent> page(UserId user, @Nullable Position before, int limit) {
    Objects.requireNonNull(user, "user");
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1 but was " + limit);
    }
    if (before == null) {
      return jdbc.query("page login events", selectNewest,
          Args.of().text(user.value()).integer(limit), JdbcLoginActivityStore::read);
    }
    Args args = Args.of()
        .text(user.value())
        .time(before.at())
        .time(before.at())
        .text(before.id().value())
        .integer(limit);
    return jdbc.query("page login events", selectBefore, args, JdbcLoginActivityStore::read);
  }

  /**
   * {@inheritDoc}
   *
   * @throws StoreException if the database fails
   */
  @Override
  public Optional<LoginEvent> find(LoginEventId id) {
    Objects.requireNonNull(id, "id");
    return jdbc.queryFirst("find login event", selectById, Args.of().text(id.value()),
        JdbcLoginActivityStore::read);
  }

  /**
   * {@inheritDoc}
   *
   * @throws StoreException if the database fails
   */
  @Override
  public boolean hasSignedInFrom(UserId user, String browser, String os, String countryCode) {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(browser, "browser");
    Objects.requireNonNull(os, "os");
    Objects.requireNonNull(countryCode, "countryCode");
    Args args = Args.of().text(user.value()).text(browser).text(os).text(countryCode);
    return jdbc.queryFirst("look up earlier sign-ins", selectSignedInFrom, args, row -> true)
        .isPresent();
  }

  /**
   * {@inheritDoc}
   *
   * @throws StoreException if the database fails
   */
  @Override
  public Optional<LoginEvent> latestSignIn(UserId user) {
    Objects.requireNonNull(user, "user");
    return jdbc.queryFirst("find latest sign-in", selectLatestSignIn,
        Args.of().text(user.value()), JdbcLoginActivityStore::read);
  }

  /**
   * {@inheritDoc}
   *
   * @throws StoreException if the database fails
   */
  @Override
  public int purgeOlderThan(Instant cutoff) {
    Objects.requireNonNull(cutoff, "cutoff");
    return jdbc.update("purge login events", deleteOlder, Args.of().time(cutoff));
  }

  private static LoginEvent read(ResultSet row) throws SQLException {
    String user = row.getString("user_id");
    String session = row.getString("session_id");
    return new LoginEvent(
        LoginEventId.of(Rows.text(row, "id")),
        user == null ? null : UserId.of(user),
        Rows.time(row, "occurred_at"),
        Rows.constant(row, "outcome", LoginOutcome.class),
        Rows.constant(row, "factor", Factor.class),
        Rows.text(row, "ip_address"),
        Rows.location(row),
        Rows.device(row),
        session == null ? null : SessionId.of(session));
  }

  private static String sql(String prefix, String template) {
    return TablePrefix.apply(prefix, template);
  }
}
