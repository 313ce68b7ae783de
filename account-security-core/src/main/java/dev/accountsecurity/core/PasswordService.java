package dev.accountsecurity.core;

import dev.accountsecurity.api.ClientInfo;
import dev.accountsecurity.api.PasswordChangeResult;
import dev.accountsecurity.api.PasswordCheck;
import dev.accountsecurity.api.PasswordRule;
import dev.accountsecurity.api.PasswordViolation;
import dev.accountsecurity.api.Passwords;
import dev.accountsecurity.api.ResetRequestResult;
import dev.accountsecurity.api.ResetResult;
import dev.accountsecurity.api.ResetToken;
import dev.accountsecurity.api.SessionId;
import dev.accountsecurity.api.UserId;
import dev.accountsecurity.api.event.RevocationReason;
import dev.accountsecurity.api.event.SecurityEvent;
import dev.accountsecurity.core.password.PasswordHasher;
import dev.accountsecurity.core.password.PasswordText;
import dev.accountsecurity.spi.OneTimeToken;
import dev.accountsecurity.spi.StoredPassword;
import dev.accountsecurity.spi.ThrottleState;
import dev.accountsecurity.spi.TokenHash;
import dev.accountsecurity.spi.TokenPurpose;
import dev.accountsecurity.spi.UserRecord;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Password proof, change and forgotten-password reset. */
final class PasswordService implements Passwords {
  /** Attempts to swap in a reset password when a concurrent change keeps winning the race. */
  private static final int REPLACE_TRIES = 3;

  /**
   * Stored in place of a hash when the password is disabled until a reset ("this wasn't me"):
   * no password verifies against it, and the real hash moves into the history.
   */
  static final String DISABLED = "!disabled";

  /** Policy violations one reset token absorbs before it is used up: no endless oracle. */
  static final int RESET_TRIES = 5;

  private final Core core;
  private final SessionService sessions;

  PasswordService(Core core, SessionService sessions) {
    this.core = core;
    this.sessions = sessions;
  }

  /** The outcome of checking a user's password. */
  sealed interface Proof {
    /** The password verified; {@code hash} is the stored hash now (after any re-hash). */
    record Verified(String hash) implements Proof {}

    /** The password was wrong; the failure is counted. */
    record Wrong(ThrottleState state) implements Proof {}

    /** Refused without checking. */
    record Blocked(Throttle.Verdict verdict) implements Proof {}
  }

  /**
   * Checks a user's password under throttling: a blocked attempt never reaches the hasher, a
   * wrong one is counted, a right one clears the count and re-hashes an outdated hash.
   */
  Proof prove(UserRecord user, String password, @Nullable String addressKey) {
    String loginKey = Throttle.loginKey(user.loginName());
    Throttle.Verdict verdict = core.throttle().password(loginKey, addressKey);
    if (!(verdict instanceof Throttle.Verdict.Open)) {
      return new Proof.Blocked(verdict);
    }
    if (isDisabled(user.password())) {
      return new Proof.Blocked(new Throttle.Verdict.Disabled());
    }
    PasswordHasher.Verification verification = oversized(password)
        ? new PasswordHasher.Verification(false, false)
        : core.hasher().verify(password, user.password());
    if (!verification.matches()) {
      return new Proof.Wrong(core.throttle().fail(loginKey, addressKey));
    }
    core.throttle().clear(loginKey);
    return new Proof.Verified(
        verification.needsRehash() ? rehash(user, password) : user.password().hash());
  }

  private static boolean isDisabled(StoredPassword password) {
    return DISABLED.equals(password.hash());
  }

  /**
   * Disables the password until a forgotten-password reset: the person who knows it may be
   * the attacker, so only the mailbox can open the account again.
   */
  void disable(UserId user) {
    for (int i = 0; i < REPLACE_TRIES; i++) {
      Optional<UserRecord> fresh = core.users().findById(user);
      if (fresh.isEmpty() || isDisabled(fresh.get().password())) {
        return;
      }
      StoredPassword disabled = new StoredPassword(DISABLED, null, true, core.policy().version(),
          core.clock().instant(), true);
      if (core.users().replacePassword(user, fresh.get().password().hash(), disabled,
          core.policy().historySize())) {
        return;
      }
    }
    throw new IllegalStateException("password of a user kept changing while being disabled");
  }

  /** Far past the policy's maximum: refused without the cost of normalising or hashing. */
  boolean oversized(String password) {
    return password.length() > core.policy().maxLength() * 4;
  }

  private String rehash(UserRecord user, String password) {
    StoredPassword old = user.password();
    if (!core.hasher().accepts(password)) {
      return old.hash();
    }
    StoredPassword fresh = core.hasher().hash(password, old.policyVersion(), old.changedAt());
    StoredPassword rehashed = new StoredPassword(fresh.hash(), fresh.pepperKeyId(), true,
        old.policyVersion(), old.changedAt(), old.changeRequired());
    // Losing the race to a concurrent change is fine: that change stored a current hash.
    return core.users().rehashPassword(user.id(), old.hash(), rehashed) ? fresh.hash()
        : old.hash();
  }

  @Override
  public PasswordCheck check(String loginName, String password) {
    Objects.requireNonNull(loginName, "loginName");
    Objects.requireNonNull(password, "password");
    String name = LoginNames.canonical(loginName).orElse("");
    return core.policy().check(name, password, false);
  }

  @Override
  public PasswordChangeResult change(UserId userId, String currentPassword, String newPassword,
      @Nullable SessionId currentSession) {
    Objects.requireNonNull(userId, "user");
    Objects.requireNonNull(currentPassword, "currentPassword");
    Objects.requireNonNull(newPassword, "newPassword");
    Optional<UserRecord> found = core.users().findById(userId);
    if (found.isEmpty()) {
      return new PasswordChangeResult.UnknownUser();
    }
    UserRecord user = found.get();
    Proof proof = prove(user, currentPassword, null);
    if (proof instanceof Proof.Blocked) {
      return new PasswordChangeResult.Throttled(
          Throttle.retryAfter(((Proof.Blocked) proof).verdict()));
    }
    if (proof instanceof Proof.Wrong) {
      return new PasswordChangeResult.WrongCurrentPassword();
    }
    String currentHash = ((Proof.Verified) proof).hash();
    List<PasswordViolation> violations = newPasswordViolations(user, newPassword,
        currentPassword);
    if (!violations.isEmpty()) {
      return new PasswordChangeResult.PolicyViolated(violations);
    }
    Instant now = core.clock().instant();
    StoredPassword next = core.hasher().hash(newPassword, core.policy().version(), now);
    if (!core.users().replacePassword(userId, currentHash, next, core.policy().historySize())) {
      // Someone changed the password between our check and our write.
      return new PasswordChangeResult.WrongCurrentPassword();
    }
    core.tokens().revokeAll(userId, TokenPurpose.PASSWORD_RESET);
    // A pending challenge stands for a proof of the old password: it ends with it.
    core.tokens().revokeAll(userId, TokenPurpose.LOGIN_CHALLENGE);
    int revoked = sessions.revokeAll(userId, currentSession, RevocationReason.PASSWORD_CHANGED);
    core.events().publish(new SecurityEvent.PasswordChanged(userId, now, revoked));
    return new PasswordChangeResult.Changed(revoked);
  }

  /**
   * The policy's verdict on a new password plus the rules that need the user's hashes: not the
   * current password, not a recent one.
   *
   * @param current the current password in plain text when the caller has it, else null
   */
  private List<PasswordViolation> newPasswordViolations(UserRecord user, String password,
      @Nullable String current) {
    List<PasswordViolation> found = new ArrayList<>(
        core.policy().check(user.loginName(), password, user.twoFactorEnabled()).violations());
    if (found.stream().anyMatch(v -> v.rule() == PasswordRule.TOO_LONG)) {
      return found; // No hashing work for oversized input.
    }
    if (current != null && sameText(password, current)) {
      found.add(PasswordViolation.of(PasswordRule.SAME_AS_CURRENT));
    } else if (reused(user, password, current == null)) {
      found.add(PasswordViolation.of(PasswordRule.RECENTLY_USED, "remembered",
          core.policy().historySize()));
    }
    if (found.isEmpty() && !core.hasher().accepts(password)) {
      found.add(AccountService.tooLongForBcrypt(password));
    }
    return found;
  }

  private static boolean sameText(String a, String b) {
    return MessageDigest.isEqual(PasswordText.normalize(a).getBytes(StandardCharsets.UTF_8),
        PasswordText.normalize(b).getBytes(StandardCharsets.UTF_8));
  }

  private boolean reused(UserRecord user, String password, boolean includeCurrent) {
    if (includeCurrent && matches(password, user.password())) {
      return true;
    }
    return user.passwordHistory().stream()
        .limit(core.policy().historySize())
        .anyMatch(old -> matches(password, old));
  }

  private boolean matches(String password, StoredPassword stored) {
    return !isDisabled(stored) && core.hasher().verify(password, stored).matches();
  }

  @Override
  public ResetRequestResult requestReset(String loginName, ClientInfo client) {
    Objects.requireNonNull(loginName, "loginName");
    Objects.requireNonNull(client, "client");
    Optional<String> name = LoginNames.canonical(loginName);
    if (name.isEmpty() || !admitResetRequest(name.get())) {
      return new ResetRequestResult.NotIssued();
    }
    Optional<UserRecord> user = core.users().findByLoginName(name.get());
    if (user.isEmpty()) {
      return new ResetRequestResult.NotIssued();
    }
    Instant now = core.clock().instant();
    Instant expiresAt = now.plus(core.activityOptions().resetTokenTtl());
    String token = core.random().newToken();
    UserId id = user.get().id();
    core.tokens().issue(new OneTimeToken(SecureTokens.hash(token), TokenPurpose.PASSWORD_RESET,
        id, expiresAt, RESET_TRIES), true);
    core.events().publish(new SecurityEvent.PasswordResetRequested(id, now));
    return new ResetRequestResult.Issued(AccountService.view(user.get()), ResetToken.of(token),
        expiresAt);
  }

  /** Counts a request under the login name, known or not; refuses past the hourly limit. */
  private boolean admitResetRequest(String canonicalName) {
    String key = Throttle.resetKey(canonicalName);
    Instant now = core.clock().instant();
    Optional<ThrottleState> state = core.throttle().find(key);
    if (state.isPresent() && !now.isBefore(state.get().lastFailureAt().plus(Duration.ofHours(1)))) {
      core.throttle().clear(key);
    }
    return core.throttle().fail(key, null).failures()
        <= core.activityOptions().resetRequestsPerHour();
  }

  @Override
  public ResetResult completeReset(ResetToken token, String newPassword) {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(newPassword, "newPassword");
    Optional<UserRecord> found = resetTokenOwner(token);
    if (found.isEmpty()) {
      return new ResetResult.InvalidToken();
    }
    UserRecord user = found.get();
    TokenHash hash = SecureTokens.hash(token.reveal());
    List<PasswordViolation> violations = newPasswordViolations(user, newPassword, null);
    if (!violations.isEmpty()) {
      // Each refusal spends a try: the answer tells whether a guess was a recent password.
      return core.tokens().spendAttempt(hash, TokenPurpose.PASSWORD_RESET) < 0
          ? new ResetResult.InvalidToken() : new ResetResult.PolicyViolated(violations);
    }
    if (!core.tokens().consume(hash, TokenPurpose.PASSWORD_RESET)) {
      return new ResetResult.InvalidToken();
    }
    Instant now = core.clock().instant();
    storeResetPassword(user.id(), core.hasher().hash(newPassword, core.policy().version(), now));
    core.throttle().clear(Throttle.loginKey(user.loginName()));
    core.tokens().revokeAll(user.id(), TokenPurpose.PASSWORD_RESET);
    core.tokens().revokeAll(user.id(), TokenPurpose.LOGIN_CHALLENGE);
    int revoked = sessions.revokeAll(user.id(), null, RevocationReason.PASSWORD_RESET);
    core.events().publish(new SecurityEvent.PasswordReset(user.id(), now, revoked));
    return new ResetResult.Completed(user.id(), revoked);
  }

  private Optional<UserRecord> resetTokenOwner(ResetToken token) {
    if (!SecureTokens.plausible(token.reveal())) {
      return Optional.empty();
    }
    TokenHash hash = SecureTokens.hash(token.reveal());
    Instant now = core.clock().instant();
    return core.tokens().find(hash, TokenPurpose.PASSWORD_RESET)
        .filter(stored -> now.isBefore(stored.expiresAt()))
        .flatMap(stored -> core.users().findById(stored.user()));
  }

  private void storeResetPassword(UserId user, StoredPassword next) {
    for (int i = 0; i < REPLACE_TRIES; i++) {
      Optional<UserRecord> fresh = core.users().findById(user);
      if (fresh.isEmpty() || core.users().replacePassword(user, fresh.get().password().hash(),
          next, core.policy().historySize())) {
        return;
      }
    }
    throw new IllegalStateException("password of a user kept changing during a reset");
  }
}
