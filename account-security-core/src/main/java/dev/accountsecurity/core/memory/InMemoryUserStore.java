package dev.accountsecurity.core.memory;

import dev.accountsecurity.api.Profile;
import dev.accountsecurity.api.TeamMembership;
import dev.accountsecurity.api.UserId;
import dev.accountsecurity.spi.EncryptedSecret;
import dev.accountsecurity.spi.PendingTotp;
import dev.accountsecurity.spi.RecoveryCodeHash;
import dev.accountsecurity.spi.StoredPassword;
import dev.accountsecurity.spi.UserRecord;
import dev.accountsecurity.spi.UserStore;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * A {@link UserStore} in the heap.
 *
 * <p>Thread-safe. Each change to a user is one atomic step on that user's entry, so the
 * compare-and-set operations ({@link #replacePassword}, {@link #advanceTotpStep}, {@link
 * #consumeRecoveryCode}, ...) hold under concurrent calls; creation takes a lock of its own so
 * that a taken id or login name is refused atomically. Users are never deleted, as the port has
 * no such operation.
 */
public final class InMemoryUserStore implements UserStore {
  private final ConcurrentMap<UserId, UserRecord> byId = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, UserId> idByLoginName = new ConcurrentHashMap<>();
  private final Object createLock = new Object();

  /** Creates an empty store. */
  public InMemoryUserStore() {}

  @Override
  public boolean create(UserRecord user) {
    Objects.requireNonNull(user, "user");
    synchronized (createLock) {
      if (byId.containsKey(user.id()) || idByLoginName.containsKey(user.loginName())) {
        return false;
      }
      // The record first, so that a reader who finds the login name always finds the record.
      byId.put(user.id(), user);
      idByLoginName.put(user.loginName(), user.id());
      return true;
    }
  }

  @Override
  public Optional<UserRecord> findById(UserId id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(byId.get(id));
  }

  @Override
  public Optional<UserRecord> findByLoginName(String loginName) {
    Objects.requireNonNull(loginName, "loginName");
    UserId id = idByLoginName.get(loginName);
    return id == null ? Optional.empty() : findById(id);
  }

  @Override
  public boolean updateProfile(UserId id, Profile profile) {
    Objects.requireNonNull(profile, "profile");
    return update(id, user -> new Draft(user).profile(profile).build());
  }

  @Override
  public boolean updateTeam(UserId id, @Nullable TeamMembership team) {
    return update(id, user -> new Draft(user).team(team).build());
  }

  @Override
  public boolean replacePassword(
      UserId id, String expectedHash, StoredPassword next, int historySize) {
    Objects.requireNonNull(expectedHash, "expectedHash");
    Objects.requireNonNull(next, "next");
    if (historySize < 0) {
      throw new IllegalArgumentException("historySize must be >= 0 but was " + historySize);
    }
    return update(id, user -> !hashIs(user, expectedHash) ? user
        : new Draft(user).password(next).history(pushed(user, historySize)).build());
  }

  @Override
  public boolean rehashPassword(UserId id, String expectedHash, StoredPassword rehashed) {
    Objects.requireNonNull(expectedHash, "expectedHash");
    Objects.requireNonNull(rehashed, "rehashed");
    return update(id, user -> !hashIs(user, expectedHash) ? user
        : new Draft(user).password(rehashed).build());
  }

  @Override
  public boolean requirePasswordChange(UserId id) {
    return update(id, user -> new Draft(user).password(changeRequired(user.password())).build());
  }

  @Override
  public boolean savePendingTotp(UserId id, PendingTotp pending) {
    Objects.requireNonNull(pending, "pending");
    return update(id, user -> new Draft(user).pending(pending).build());
  }

  @Override
  public boolean enableTotp(
      UserId id, PendingTotp pending, long acceptedStep, List<RecoveryCodeHash> recoveryCodes) {
    Objects.requireNonNull(pending, "pending");
    List<RecoveryCodeHash> codes = copyOf(recoveryCodes);
    return update(id, user -> !pending.equals(user.pendingTotp()) ? user
        : new Draft(user).secret(pending.secret()).step(acceptedStep).pending(null).codes(codes)
            .build());
  }

  @Override
  public boolean advanceTotpStep(UserId id, long step) {
    return update(id, user -> step <= user.lastTotpStep() ? user
        : new Draft(user).step(step).build());
  }

  @Override
  public boolean disableTotp(UserId id) {
    return update(id, user -> !user.twoFactorEnabled() ? user
        : new Draft(user).secret(null).step(-1).pending(null).codes(List.of()).build());
  }

  @Override
  public boolean replaceRecoveryCodes(UserId id, List<RecoveryCodeHash> recoveryCodes) {
    List<RecoveryCodeHash> codes = copyOf(recoveryCodes);
    return update(id, user -> new Draft(user).codes(codes).build());
  }

  @Override
  public boolean consumeRecoveryCode(UserId id, int slot, String hash) {
    Objects.requireNonNull(hash, "hash");
    return update(id, user -> {
      List<RecoveryCodeHash> left = new ArrayList<>(user.recoveryCodes());
      boolean removed = left.removeIf(code -> code.slot() == slot && equal(code.hash(), hash));
      return removed ? new Draft(user).codes(left).build() : user;
    });
  }

  /**
   * Applies a change to the user's record in one atomic step. The change answers its argument
   * itself to refuse; any other record is stored.
   */
  private boolean update(UserId id, UnaryOperator<UserRecord> change) {
    Objects.requireNonNull(id, "id");
    AtomicBoolean changed = new AtomicBoolean();
    byId.computeIfPresent(id, (key, current) -> {
      UserRecord next = change.apply(current);
      changed.set(next != current);
      return next;
    });
    return changed.get();
  }

  private static List<RecoveryCodeHash> copyOf(List<RecoveryCodeHash> recoveryCodes) {
    return List.copyOf(Objects.requireNonNull(recoveryCodes, "recoveryCodes"));
  }

  private static boolean hashIs(UserRecord user, String expectedHash) {
    return equal(user.password().hash(), expectedHash);
  }

  private static boolean equal(String stored, String given) {
    return MessageDigest.isEqual(
        stored.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
  }

  private static List<StoredPassword> pushed(UserRecord user, int historySize) {
    List<StoredPassword> history = new ArrayList<>(historySize);
    history.add(user.password());
    history.addAll(user.passwordHistory());
    return history.subList(0, Math.min(historySize, history.size()));
  }

  private static StoredPassword changeRequired(StoredPassword p) {
    return new StoredPassword(
        p.hash(), p.pepperKeyId(), p.normalized(), p.policyVersion(), p.changedAt(), true);
  }

  /** A mutable copy of a record, so each change names only what it changes. */
  private static final class Draft {
    private final UserRecord base;
    private Profile profile;
    private @Nullable TeamMembership team;
    private StoredPassword password;
    private List<StoredPassword> history;
    private @Nullable EncryptedSecret secret;
    private long step;
    private @Nullable PendingTotp pending;
    private List<RecoveryCodeHash> codes;

    Draft(UserRecord user) {
      base = user;
      profile = user.profile();
      team = user.team();
      password = user.password();
      history = user.passwordHistory();
      secret = user.totpSecret();
      step = user.lastTotpStep();
      pending = user.pendingTotp();
      codes = user.recoveryCodes();
    }

    Draft profile(Profile value) {
      profile = value;
      return this;
    }

    Draft team(@Nullable TeamMembership value) {
      team = value;
      return this;
    }

    Draft password(StoredPassword value) {
      password = value;
      return this;
    }

    Draft history(List<StoredPassword> value) {
      history = value;
      return this;
    }

    Draft secret(@Nullable EncryptedSecret value) {
      secret = value;
      return this;
    }

    Draft step(long value) {
      step = value;
      return this;
    }

    Draft pending(@Nullable PendingTotp value) {
      pending = value;
      return this;
    }

    Draft codes(List<RecoveryCodeHash> value) {
      codes = value;
      return this;
    }

    UserRecord build() {
      return new UserRecord(base.id(), base.loginName(), profile, team, password, history,
          secret, step, pending, codes, base.createdAt());
    }
  }
}
