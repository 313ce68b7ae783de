package dev.accountsecurity.jdbc;

import dev.accountsecurity.api.Profile;
import dev.accountsecurity.api.TeamId;
import dev.accountsecurity.api.TeamMembership;
import dev.accountsecurity.api.TeamRole;
import dev.accountsecurity.api.UserId;
import dev.accountsecurity.spi.EncryptedSecret;
import dev.accountsecurity.spi.PendingTotp;
import dev.accountsecurity.spi.RecoveryCodeHash;
import dev.accountsecurity.spi.StoreException;
import dev.accountsecurity.spi.StoredPassword;
import dev.accountsecurity.spi.UserRecord;
import dev.accountsecurity.spi.UserStore;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * {@link UserStore} on JDBC: the tables {@code users}, {@code password_history} and {@code
 * recovery_codes}. The atomic operations are single conditional statements ({@link
 * #advanceTotpStep}, {@link #consumeRecoveryCode}, {@link #rehashPassword}) or transactions that
 * lock the user's row first ({@link #replacePassword}, {@link #enableTotp}, {@link
 * #disableTotp}, {@link #replaceRecoveryCodes}), so they hold across service instances at
 * PostgreSQL's default isolation, read committed. Instants are kept to the microsecond.
 *
 * <p>Thread-safe. Created by {@link JdbcStores}.
 */
public final class JdbcUserStore implements UserStore {
  private static final String USER_COLUMNS = "id, login_name, first_name, last_name, team_id,"
      + " team_role, password_hash, pepper_key_id, password_normalized, policy_version,"
      + " password_changed_at, password_change_required, totp_key_id, totp_ciphertext,"
      + " last_totp_step, pending_key_id, pending_ciphertext, pending_expires_at, created_at";
  private static final String PASSWORD_COLUMNS = "password_hash, pepper_key_id,"
      + " password_normalized, policy_version, password_changed_at, password_change_required";

  private final Jdbc jdbc;
  private final String insertUser;
  private final String insertHistory;
  private final String insertCode;
  private final String selectById;
  private final String selectByLoginName;
  private final String selectHistory;
  private final String selectCodes;
  private final String lockUser;
  private final String selectTopSeq;
  private final String updateProfile;
  private final String updateTeam;
  private final String updatePassword;
  private final String deleteOldHistory;
  private final String requireChange;
  private final String savePending;
  private final String confirmPending;
  private final String advanceStep;
  private final String disableTotp;
  private final String deleteCodes;
  private final String deleteCode;

  JdbcUserStore(Jdbc jdbc, String prefix) {
    this.jdbc = jdbc;
    insertUser = sql(prefix, "INSERT INTO ${prefix}users (" + USER_COLUMNS + ") VALUES"
        + " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    insertHistory = sql(prefix, "INSERT INTO ${prefix}password_history (user_id, seq, "
        + PASSWORD_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    insertCode = sql(prefix,
        "INSERT INTO ${prefix}recovery_codes (user_id, slot, code_hash) VALUES (?, ?, ?)");
    selectById = sql(prefix, "SELECT " + USER_COLUMNS + " FROM ${prefix}users WHERE id = ?");
    selectByLoginName =
        sql(prefix, "SELECT " + USER_COLUMNS + " FROM ${prefix}users WHERE login_name = ?");
    selectHistory = sql(prefix, "SELECT seq, " + PASSWORD_COLUMNS
        + " FROM ${prefix}password_history WHERE user_id = ? ORDER BY seq DESC");
    selectCodes = sql(prefix, "SELECT slot, code_hash FROM ${prefix}recovery_codes"
        + " WHERE user_id = ? ORDER BY slot");
    lockUser = sql(prefix,
        "SELECT " + PASSWORD_COLUMNS + " FROM ${prefix}users WHERE id = ? FOR UPDATE");
    selectTopSeq = sql(prefix,
        "SELECT MAX(seq) AS top_seq FROM ${prefix}password_history WHERE user_id = ?");
    updateProfile =
        sql(prefix, "UPDATE ${prefix}users SET first_name = ?, last_name = ? WHERE id = ?");
    updateTeam = sql(prefix, "UPDATE ${prefix}users SET team_id = ?, team_role = ? WHERE id = ?");
    updatePassword = sql(prefix, "UPDATE ${prefix}users SET password_hash = ?,"
        + " pepper_key_id = ?, password_normalized = ?, policy_version = ?,"
        + " password_changed_at = ?, password_change_required = ?"
        + " WHERE id = ? AND password_hash = ?");
    deleteOldHistory =
        sql(prefix, "DELETE FROM ${prefix}password_history WHERE user_id = ? AND seq <= ?");
    requireChange = sql(prefix,
        "UPDATE ${prefix}users SET password_change_required = TRUE WHERE id = ?");
    savePending = sql(prefix, "UPDATE ${prefix}users SET pending_key_id = ?,"
        + " pending_ciphertext = ?, pending_expires_at = ? WHERE id = ?");
    confirmPending = sql(prefix, "UPDATE ${prefix}users SET totp_key_id = pending_key_id,"
        + " totp_ciphertext = pending_ciphertext, last_totp_step = ?, pending_key_id = NULL,"
        + " pending_ciphertext = NULL, pending_expires_at = NULL WHERE id = ?"
        + " AND pending_key_id = ? AND pending_ciphertext = ? AND pending_expires_at = ?");
    advanceStep = sql(prefix,
        "UPDATE ${prefix}users SET last_totp_step = ? WHERE id = ? AND last_totp_step < ?");
    disableTotp = sql(prefix, "UPDATE ${prefix}users SET totp_key_id = NULL,"
        + " totp_ciphertext = NULL, last_totp_step = -1, pending_key_id = NULL,"
        + " pending_ciphertext = NULL, pending_expires_at = NULL"
        + " WHERE id = ? AND totp_key_id IS NOT NULL");
    deleteCodes = sql(prefix, "DELETE FROM ${prefix}recovery_codes WHERE user_id = ?");
    deleteCode = sql(prefix,
        "DELETE FROM ${prefix}recovery_codes WHERE user_id = ? AND slot = ? AND code_hash = ?");
  }

  /**
   * {@inheritDoc}
   *
   * <p>Inserts the user, its password history and its recovery codes in one transaction; a
   * unique violation (SQLState 23505) on the id or login name answers false.
   *
   * @throws IllegalArgumentException if two recovery codes share a slot
   * @throws StoreException if the database fails otherwise
   */
  @Override
  public boolean create(UserRecord user) {
    Objects.requireNonNull(user, "user");
    checkedCodes(user.recoveryCodes());
    try {
      return jdbc.transaction("create user", connection -> insert(connection, user));
    } catch (StoreException e) {
      if (Jdbc.isUniqueViolation(e.getCause())) {
        return false;
      }
      throw e;
    }
  }

  private boolean insert(Connection connection, UserRecord user) throws SQLException {
    Jdbc.update(connection, insertUser, userArgs(user));
    List<StoredPassword> history = user.passwordHistory();
    for (int i = 0; i < history.size(); i++) {
      // The list is newest first; the newest gets the highest sequence number.
      insertHistory(connection, user.id(), history.size() - 1 - i, history.get(i));
    }
    insertCodes(connection, user.id(), user.recoveryCodes());
    return true;
  }

  private static Args userArgs(UserRecord user) {
    TeamMembership team = user.team();
    EncryptedSecret totp = user.totpSecret();
    PendingTotp pending = user.pendingTotp();
    StoredPassword password = user.password();
    return Args.of()
        .text(user.id().value())
        .text(user.loginName())
        .text(user.profile().firstName())
        .text(user.profile().lastName())
        .nullableText(team == null ? null : team.team().value())
        .nullableText(team == null ? null : team.role().name())
        .text(password.hash())
        .nullableText(password.pepperKeyId())
        .bool(password.normalized())
        .integer(password.policyVersion())
        .time(password.changedAt())
        .bool(password.changeRequired())
        .nullableText(totp == null ? null : totp.keyId())
        .nullableText(totp == null ? null : totp.ciphertext())
        .bigint(user.lastTotpStep())
        .nullableText(pending == null ? null : pending.secret().keyId())
        .nullableText(pending == null ? null : pending.secret().ciphertext())
        .nullableTime(pending == null ? null : pending.expiresAt())
        .time(user.createdAt());
  }

  private void insertHistory(Connection connection, UserId id, int seq, StoredPassword password)
      throws SQLException {
    Jdbc.update(connection, insertHistory, passwordArgs(Args.of().text(id.value()).integer(seq),
        password));
  }

  private static Args passwordArgs(Args args, StoredPassword password) {
    return args.text(password.hash())
        .nullableText(password.pepperKeyId())
        .bool(password.normalized())
        .integer(password.policyVersion())
        .time(password.changedAt())
        .bool(password.changeRequired());
  }

  private void insertCodes(Connection connection, UserId id, List<RecoveryCodeHash> codes)
      throws SQLException {
    for (RecoveryCodeHash code : codes) {
      Jdbc.update(connection, insertCode,
          Args.of().text(id.value()).integer(code.slot()).text(code.hash()));
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>Reads the user's rows from one snapshot (a repeatable-read transaction).
   *
   * @throws StoreException if the database fails
   */
  @Override
  public Optional<UserRecord> findById(UserId id) {
    Objects.requireNonNull(id, "id");
    return find("find user by id", selectById, id.value());
  }

  /**
   * {@inheritDoc}
   *
   * @throws StoreException if the database fails
   */
  @Override
  public Optional<UserRecord> findByLoginName(String loginName) {
    Objects.requireNonNull(loginName, "loginName");
    return find("find user by login name", selectByLoginName, loginName);
  }

  private Optional<UserRecord> find(String operation, String sql, String key) {
    return jdbc.snapshot(operation, connection -> {
      Optional<UserRow> row = Jdbc.queryFirst(connection, sql, Args.of().text(key), UserRow::read);
      if (row.isEmpty()) {
        return Optional.empty();
      }
      Args owner = Args.of().text(row.get().id().value());
      List<StoredPassword> history =
          Jdbc.query(connection, selectHistory, owner, JdbcUserStore::readPassword);
      List<RecoveryCodeHash> codes = Jdbc.query(connection, selectCodes,
          Args.of().text(row.get().id().value()),
          r -> new RecoveryCodeHash(r.getInt("slot"), Rows.text(r, "code_hash")));
      return Optional.of(row.get().toRecord(history, codes));
    });
  }

  /**
   * {@inheritDoc}
   *
   * @throws StoreException if the database fails
   */
  @Override
  public boolean updateProfile(UserId id, Profile profile) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(profile, "profile");
    return jdbc.update("update profile", updateProfile, Args.of()
        .text(profile.firstName()).text(profile.lastName()).text(id.value())) == 1;
  }

  /**
   * {@inheritDoc}
   *
   * @throws StoreException if the database fails
   */
  @Override
  public boolean updateTeam(UserId id, @Nullable TeamMembership team) {
    Objects.requireNonNull(id, "id");
    return jdbc.update("update team", updateTeam, Args.of()
        .nullableText(team == null ? null : team.team().value())
        .nullableText(team == null ? null : team.role().name())
        .text(id.value())) == 1;
  }

  /**
   * {@inheritDoc}
   *
   * <p>One transaction: locks the user's row, compares the hash, updates the row, adds the old
   * password to the history and trims it. Any failure rolls all of it back.
   *
   * @throws IllegalArgumentException if {@code historySize} is negative
   * @throws StoreException if the database fails
   */
  @Override
  public boolean replacePassword(UserId id, String expectedHash, StoredPassword next,
      int historySize) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(expectedHash, "expectedHash");
    Objects.requireNonNull(next, "next");
    if (historySize < 0) {
      throw new IllegalArgumentException("historySize must be >= 0 but was " + historySize);
    }
    return jdbc.transaction("replace password", connection -> {
      Optional<StoredPassword> current = Jdbc.queryFirst(connection, lockUser,
          Args.of().text(id.value()), JdbcUserStore::readPassword);
      if (current.isEmpty() || !sameHash(current.get().hash(), expectedHash)) {
        return false;
      }
      setPassword(connection, id, expectedHash, next);
      int seq = topSeq(connection, id) + 1;
      insertHistory(connection, id, seq, current.get());
      Jdbc.update(connection, deleteOldHistory,
          Args.of().text(id.value()).integer(seq - historySize));
      return true;
    });
  }

  private int topSeq(Connection connection, UserId id) throws SQLException {
    return Jdbc.queryFirst(connection, selectTopSeq, Args.of().text(id.value()), row -> {
      int top = row.getInt("top_seq");
      return row.wasNull() ? -1 : top;
    }).orElse(-1);
  }

  private void setPassword(Connection connection, UserId id, String expectedHash,
      StoredPassword next) throws SQLException {
    int rows = Jdbc.update(connection, updatePassword,
        passwordArgs(Args.of(), next).text(id.value()).text(expectedHash));
    if (rows != 1) {
      // The row is locked by this transaction and its hash was just compared.
      throw new SQLException("the locked user row changed");
    }
  }

  private static boolean sameHash(String stored, String expected) {
    return MessageDigest.isEqual(stored.getBytes(StandardCharsets.UTF_8),
        expected.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * {@inheritDoc}
   *
   * <p>One conditional update: {@code ... WHERE id = ? AND password_hash = ?}.
   *
   * @throws StoreException if the database fails
   */
  @Override
  public boolean rehashPassword(UserId id, String expectedHash, StoredPassword rehashed) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(expectedHash, "expectedHash");
    Objects.requireNonNull(rehashed, "rehashed");
    return jdbc.update("rehash password", updatePassword,
        passwordArgs(Args.of(), rehashed).text(id.value()).text(expectedHash)) == 1;
  }

  /**
   * {@inheritDoc}
   *
   * @throws StoreException if the database fails
   */
  @Override
  public boolean requirePasswordChange(UserId id) {
    Objects.requireNonNull(id, "id");
    return jdbc.update("require password change", requireChange, Args.of().text(id.value())) == 1;
  }

  /**
   * {@inheritDoc}
   *
   * @throws StoreException if the database fails
   */
  @Override
  public boolean savePendingTotp(UserId id, PendingTotp pending) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(pending, "pending");
    return jdbc.update("save pending TOTP secret", savePending, Args.of()
        .text(pending.secret().keyId())
        .text(pending.secret().ciphertext())
        .time(pending.expiresAt())
        .text(id.value())) == 1;
  }

  /**
   * {@inheritDoc}
   *
   * <p>One transaction: a conditional update that moves the pending secret (matched on key id,
   * ciphertext and expiry) to the confirmed one, then the recovery codes are replaced. Any
   * failure rolls all of it back.
   *
   * @throws IllegalArgumentException if two recovery codes share a slot
   * @throws StoreException if the database fails
   */
  @Override
  public boolean enableTotp(UserId id, PendingTotp pending, long acceptedStep,
      List<RecoveryCodeHash> recoveryCodes) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(pending, "pending");
    List<RecoveryCodeHash> codes = checkedCodes(recoveryCodes);
    return jdbc.transaction("enable TOTP", connection -> {
      int rows = Jdbc.update(connection, confirmPending, Args.of()
          .bigint(acceptedStep)
          .text(id.value())
          .text(pending.secret().keyId())
          .text(pending.secret().ciphertext())
          .time(pending.expiresAt()));
      if (rows != 1) {
        return false;
      }
      replaceCodes(connection, id, codes);
      return true;
    });
  }

  /** Copies the codes, checking what the table's key needs: each slot once. */
  private static List<RecoveryCodeHash> checkedCodes(List<RecoveryCodeHash> recoveryCodes) {
    List<RecoveryCodeHash> codes =
        List.copyOf(Objects.requireNonNull(recoveryCodes, "recoveryCodes"));
    Set<Integer> slots = new HashSet<>();
    for (RecoveryCodeHash code : codes) {
      if (!slots.add(code.slot())) {
        throw new IllegalArgumentException(
            "recovery code slots must be unique but slot " + code.slot() + " repeats");
      }
    }
    return codes;
  }

  private void replaceCodes(Connection connection, UserId id, List<RecoveryCodeHash> codes)
      throws SQLException {
    Jdbc.update(connection, deleteCodes, Args.of().text(id.value()));
    insertCodes(connection, id, codes);
  }

  /**
   * {@inheritDoc}
   *
   * <p>One conditional update: {@code ... WHERE id = ? AND last_totp_step < ?}.
   *
   * @throws StoreException if the database fails
   */
  @Override
  public boolean advanceTotpStep(UserId id, long step) {
    Objects.requireNonNull(id, "id");
    return jdbc.update("advance TOTP step", advanceStep,
        Args.of().bigint(step).text(id.value()).bigint(step)) == 1;
  }

  /**
   * {@inheritDoc}
   *
   * <p>One transaction: a conditional update that clears the secrets, then the recovery codes
   * are deleted.
   *
   * @throws StoreException if the database fails
   */
  @Override
  public boolean disableTotp(UserId id) {
    Objects.requireNonNull(id, "id");
    return jdbc.transaction("disable TOTP", connection -> {
      if (Jdbc.update(connection, disableTotp, Args.of().text(id.value())) != 1) {
        return false;
      }
      Jdbc.update(connection, deleteCodes, Args.of().text(id.value()));
      return true;
    });
  }

  /**
   * {@inheritDoc}
   *
   * <p>One transaction that locks the user's row first.
   *
   * @throws IllegalArgumentException if two recovery codes share a slot
   * @throws StoreException if the database fails
   */
  @Override
  public boolean replaceRecoveryCodes(UserId id, List<RecoveryCodeHash> recoveryCodes) {
    Objects.requireNonNull(id, "id");
    List<RecoveryCodeHash> codes = checkedCodes(recoveryCodes);
    return jdbc.transaction("replace recovery codes", connection -> {
      if (Jdbc.queryFirst(connection, lockUser, Args.of().text(id.value()), r -> true)
          .isEmpty()) {
        return false;
      }
      replaceCodes(connection, id, codes);
      return true;
    });
  }

  /**
   * {@inheritDoc}
   *
   * <p>One conditional delete: {@code ... WHERE user_id = ? AND slot = ? AND code_hash = ?}.
   *
   * @throws StoreException if the database fails
   */
  @Override
  public boolean consumeRecoveryCode(UserId id, int slot, String hash) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(hash, "hash");
    return jdbc.update("consume recovery code", deleteCode,
        Args.of().text(id.value()).integer(slot).text(hash)) == 1;
  }

  private static String sql(String prefix, String template) {
    return TablePrefix.apply(prefix, template);
  }

  private static StoredPassword readPassword(ResultSet row) throws SQLException {
    return new StoredPassword(
        Rows.text(row, "password_hash"),
        row.getString("pepper_key_id"),
        row.getBoolean("password_normalized"),
        row.getInt("policy_version"),
        Rows.time(row, "password_changed_at"),
        row.getBoolean("password_change_required"));
  }

  /** The columns of one users row. */
  private record UserRow(
      UserId id,
      String loginName,
      Profile profile,
      @Nullable TeamMembership team,
      StoredPassword password,
      @Nullable EncryptedSecret totpSecret,
      long lastTotpStep,
      @Nullable PendingTotp pendingTotp,
      Instant createdAt) {

    static UserRow read(ResultSet row) throws SQLException {
      return new UserRow(
          UserId.of(Rows.text(row, "id")),
          Rows.text(row, "login_name"),
          new Profile(Rows.text(row, "first_name"), Rows.text(row, "last_name")),
          team(row),
          readPassword(row),
          secret(row.getString("totp_key_id"), row.getString("totp_ciphertext")),
          row.getLong("last_totp_step"),
          pending(row),
          Rows.time(row, "created_at"));
    }

    private static @Nullable TeamMembership team(ResultSet row) throws SQLException {
      String team = row.getString("team_id");
      return team == null ? null
          : new TeamMembership(TeamId.of(team), Rows.constant(row, "team_role", TeamRole.class));
    }

    private static @Nullable EncryptedSecret secret(@Nullable String keyId,
        @Nullable String ciphertext) {
      return keyId == null || ciphertext == null ? null : new EncryptedSecret(keyId, ciphertext);
    }

    private static @Nullable PendingTotp pending(ResultSet row) throws SQLException {
      EncryptedSecret secret =
          secret(row.getString("pending_key_id"), row.getString("pending_ciphertext"));
      Instant expiresAt = Rows.nullableTime(row, "pending_expires_at");
      return secret == null || expiresAt == null ? null : new PendingTotp(secret, expiresAt);
    }

    UserRecord toRecord(List<StoredPassword> history, List<RecoveryCodeHash> codes) {
      return new UserRecord(id, loginName, profile, team, password, history, totpSecret,
          lastTotpStep, pendingTotp, codes, createdAt);
    }
  }
}
