package dev.accountsecurity.core;

import dev.accountsecurity.api.AdminResetResult;
import dev.accountsecurity.api.AdminResetResult.Reason;
import dev.accountsecurity.api.CodeCheck;
import dev.accountsecurity.api.DisableResult;
import dev.accountsecurity.api.Enrolment;
import dev.accountsecurity.api.EnrolmentResult;
import dev.accountsecurity.api.Reauthentication;
import dev.accountsecurity.api.RecoveryCodes;
import dev.accountsecurity.api.SessionId;
import dev.accountsecurity.api.SessionToken;
import dev.accountsecurity.api.TeamMembership;
import dev.accountsecurity.api.TotpSecret;
import dev.accountsecurity.api.TwoFactor;
import dev.accountsecurity.api.UserId;
import dev.accountsecurity.api.event.RevocationReason;
import dev.accountsecurity.api.event.SecurityEvent;
import dev.accountsecurity.core.internal.Texts;
import dev.accountsecurity.core.totp.Base32;
import dev.accountsecurity.core.totp.OtpAuthUri;
import dev.accountsecurity.core.totp.RecoveryCodeScheme;
import dev.accountsecurity.core.totp.SecretBoxException;
import dev.accountsecurity.core.totp.Totp;
import dev.accountsecurity.core.totp.TotpMatch;
import dev.accountsecurity.spi.EncryptedSecret;
import dev.accountsecurity.spi.PendingTotp;
import dev.accountsecurity.spi.RecoveryCodeHash;
import dev.accountsecurity.spi.SessionRecord;
import dev.accountsecurity.spi.ThrottleState;
import dev.accountsecurity.spi.TokenPurpose;
import dev.accountsecurity.spi.UserRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Enrolment, code checks with replay protection, recovery codes, disable and admin reset. */
final class TwoFactorService implements TwoFactor {
  /** Longer input is neither a code nor a recovery code, and costs nothing to refuse. */
  private static final int MAX_CODE_INPUT = 64;
  private static final int MAX_REASON = 500;

  private static final CodeCheck NOT_ENROLLED = new CodeCheck.NotEnrolled();
  private static final CodeCheck MALFORMED = new CodeCheck.Malformed();
  private static final CodeCheck ALREADY_USED = new CodeCheck.AlreadyUsed();
  private static final CodeCheck WRONG = new CodeCheck.Wrong(null);

  private final Core core;
  private final SessionService sessions;
  private final PasswordService passwords;

  TwoFactorService(Core core, SessionService sessions, PasswordService passwords) {
    this.core = core;
    this.sessions = sessions;
    this.passwords = passwords;
  }

  private Totp totp() {
    return core.twoFactor().totp();
  }

  @Override
  public Optional<Enrolment> beginEnrolment(UserId userId) {
    Objects.requireNonNull(userId, "user");
    Optional<UserRecord> user = core.users().findById(userId);
    if (user.isEmpty() || user.get().twoFactorEnabled()) {
      return Optional.empty();
    }
    byte[] secret = Totp.newSecret(core.random().source());
    try {
      Instant expiresAt = core.clock().instant().plus(core.twoFactor().enrolmentTtl());
      EncryptedSecret sealed = core.secrets().seal(userId, secret);
      if (!core.users().savePendingTotp(userId, new PendingTotp(sealed, expiresAt))) {
        return Optional.empty();
      }
      String uri = OtpAuthUri.build(core.twoFactor().issuer(), user.get().loginName(), secret,
          totp());
      return Optional.of(new Enrolment(TotpSecret.ofBase32(Base32.encode(secret)), uri,
          expiresAt));
    } finally {
      Arrays.fill(secret, (byte) 0);
    }
  }

  @Override
  public EnrolmentResult confirmEnrolment(UserId userId, String code) {
    Objects.requireNonNull(userId, "user");
    Objects.requireNonNull(code, "code");
    Optional<UserRecord> found = core.users().findById(userId);
    if (found.isEmpty()) {
      return new EnrolmentResult.UnknownUser();
    }
    UserRecord user = found.get();
    if (user.twoFactorEnabled()) {
      return new EnrolmentResult.AlreadyEnabled();
    }
    PendingTotp pending = user.pendingTotp();
    Instant now = core.clock().instant();
    if (pending == null || !now.isBefore(pending.expiresAt())) {
      return new EnrolmentResult.NoPendingEnrolment();
    }
    TotpMatch match = match(userId, pending.secret(), code, -1);
    if (match instanceof TotpMatch.Malformed) {
      return new EnrolmentResult.MalformedCode();
    }
    if (!(match instanceof TotpMatch.Accepted)) {
      return new EnrolmentResult.WrongCode();
    }
    RecoveryCodeScheme.Issued codes = core.recoveryCodes().issue();
    long step = ((TotpMatch.Accepted) match).step();
    if (!core.users().enableTotp(userId, pending, step, codes.hashes())) {
      return new EnrolmentResult.NoPendingEnrolment();
    }
    core.throttle().clear(Throttle.codeKey(userId));
    core.events().publish(new SecurityEvent.TwoFactorEnabled(userId, now));
    return new EnrolmentResult.Enabled(codes.codes());
  }

  private TotpMatch match(UserId user, EncryptedSecret sealed, String code, long lastUsedStep) {
    if (code.length() > MAX_CODE_INPUT) {
      return new TotpMatch.Malformed();
    }
    byte[] secret = open(user, sealed);
    try {
      return totp().verify(secret, code, core.clock().instant(), lastUsedStep);
    } finally {
      Arrays.fill(secret, (byte) 0);
    }
  }

  /** Decrypts a secret; a missing or wrong key is the host's misconfiguration, not an outcome. */
  private byte[] open(UserId user, EncryptedSecret sealed) {
    try {
      return core.secrets().open(user, sealed);
    } catch (SecretBoxException e) {
      throw new IllegalStateException("the TOTP secret of user " + user
          + " cannot be decrypted under key '" + sealed.keyId() + "': is that key configured?",
          e);
    }
  }

  @Override
  public CodeCheck verify(UserId userId, String code) {
    Objects.requireNonNull(userId, "user");
    Objects.requireNonNull(code, "code");
    return core.users().findById(userId).map(user -> check(user, code)).orElse(NOT_ENROLLED);
  }

  /**
   * Checks a TOTP code or a recovery code, under throttling. A TOTP step is recorded by one
   * atomic store operation whose answer is the decision, so a code works once across every
   * service instance.
   */
  CodeCheck check(UserRecord user, String code) {
    if (!user.twoFactorEnabled()) {
      return NOT_ENROLLED;
    }
    if (code.length() > MAX_CODE_INPUT) {
      return MALFORMED;
    }
    String key = Throttle.codeKey(user.id());
    Throttle.Verdict verdict = core.throttle().code(key);
    if (verdict instanceof Throttle.Verdict.Wait) {
      return new CodeCheck.Throttled(Throttle.retryAfter(verdict));
    }
    if (RecoveryCodeScheme.looksLikeRecoveryCode(code)) {
      return checkRecoveryCode(user, code, key);
    }
    if (verdict instanceof Throttle.Verdict.Disabled) {
      return new CodeCheck.TotpSuspended();
    }
    return checkTotp(user, code, key);
  }

  private CodeCheck checkTotp(UserRecord user, String code, String key) {
    TotpMatch match = match(user.id(), Objects.requireNonNull(user.totpSecret()), code,
        user.lastTotpStep());
    if (match instanceof TotpMatch.Accepted) {
      long step = ((TotpMatch.Accepted) match).step();
      if (!core.users().advanceTotpStep(user.id(), step)) {
        return ALREADY_USED; // Another request took this step first.
      }
      core.throttle().clear(key);
      return new CodeCheck.Accepted(step);
    }
    if (match instanceof TotpMatch.AlreadyUsed) {
      return ALREADY_USED;
    }
    if (match instanceof TotpMatch.Malformed) {
      return MALFORMED;
    }
    countFailure(user.id(), key);
    Duration drift = ((TotpMatch.Wrong) match).drift();
    if (drift != null && !drift.isNegative() && !drift.isZero()) {
      // The code is valid later: burn its step, or the hint would let a guesser wait for it.
      core.users().advanceTotpStep(user.id(), totp().step(core.clock().instant().plus(drift)));
    }
    return new CodeCheck.Wrong(drift);
  }

  private CodeCheck checkRecoveryCode(UserRecord user, String code, String key) {
    // One hash at most: the slot inside the code picks the only stored hash worth checking.
    Optional<RecoveryCodeHash> stored = core.recoveryCodes().parse(code)
        .flatMap(parsed -> core.recoveryCodes().match(parsed, user.recoveryCodes()));
    if (stored.isEmpty()) {
      countFailure(user.id(), key);
      return WRONG;
    }
    if (!core.users().consumeRecoveryCode(user.id(), stored.get().slot(), stored.get().hash())) {
      return WRONG; // Used by a concurrent request a moment ago.
    }
    core.throttle().clear(key);
    // A login by recovery code also uses up the current step, like a TOTP login would.
    core.users().advanceTotpStep(user.id(), totp().step(core.clock().instant()));
    int remaining = remainingRecoveryCodes(user.id());
    Instant now = core.clock().instant();
    core.events().publish(new SecurityEvent.RecoveryCodeUsed(user.id(), now, remaining));
    if (remaining <= core.twoFactor().lowRecoveryCodes()) {
      core.events().publish(new SecurityEvent.RecoveryCodesLow(user.id(), now, remaining));
    }
    return new CodeCheck.RecoveryCodeAccepted(remaining);
  }

  private void countFailure(UserId user, String key) {
    ThrottleState state = core.throttle().fail(key, null);
    if (core.throttle().reachedCap(state)) {
      core.events().publish(
          new SecurityEvent.TotpSuspended(user, core.clock().instant(), state.failures()));
    }
  }

  @Override
  public Optional<RecoveryCodes> regenerateRecoveryCodes(UserId userId, Reauthentication proof) {
    Objects.requireNonNull(userId, "user");
    Objects.requireNonNull(proof, "proof");
    Optional<UserRecord> user = core.users().findById(userId);
    if (user.isEmpty() || !user.get().twoFactorEnabled() || failedProof(user.get(), proof)) {
      return Optional.empty();
    }
    RecoveryCodeScheme.Issued codes = core.recoveryCodes().issue();
    if (!core.users().replaceRecoveryCodes(userId, codes.hashes())) {
      return Optional.empty();
    }
    core.events().publish(
        new SecurityEvent.RecoveryCodesRegenerated(userId, core.clock().instant()));
    return Optional.of(codes.codes());
  }

  private boolean failedProof(UserRecord user, Reauthentication proof) {
    return proofFailure(user, proof) != null;
  }

  /** Why the proof failed, or null when it holds. */
  private DisableResult.@Nullable ReauthenticationFailed proofFailure(UserRecord user,
      Reauthentication proof) {
    if (proof instanceof Reauthentication.Password) {
      String password = ((Reauthentication.Password) proof).password();
      boolean ok = passwords.prove(user, password, null) instanceof PasswordService.Proof.Verified;
      return ok ? null : new DisableResult.ReauthenticationFailed(null);
    }
    CodeCheck check = check(user, ((Reauthentication.Code) proof).code());
    return check.accepted() ? null : new DisableResult.ReauthenticationFailed(check);
  }

  @Override
  public int remainingRecoveryCodes(UserId userId) {
    Objects.requireNonNull(userId, "user");
    return core.users().findById(userId).map(user -> user.recoveryCodes().size()).orElse(0);
  }

  @Override
  public DisableResult disable(UserId userId, Reauthentication proof,
      @Nullable SessionId currentSession) {
    Objects.requireNonNull(userId, "user");
    Objects.requireNonNull(proof, "proof");
    Optional<UserRecord> user = core.users().findById(userId);
    if (user.isEmpty()) {
      return new DisableResult.UnknownUser();
    }
    if (!user.get().twoFactorEnabled()) {
      return new DisableResult.NotEnabled();
    }
    DisableResult.ReauthenticationFailed failure = proofFailure(user.get(), proof);
    if (failure != null) {
      return failure;
    }
    if (!core.users().disableTotp(userId)) {
      return new DisableResult.NotEnabled();
    }
    core.throttle().clear(Throttle.codeKey(userId));
    int revoked = core.twoFactor().revokeSessionsOnDisable()
        ? sessions.revokeAll(userId, currentSession, RevocationReason.TWO_FACTOR_DISABLED) : 0;
    core.events().publish(
        new SecurityEvent.TwoFactorDisabled(userId, core.clock().instant(), revoked));
    return new DisableResult.Disabled(revoked);
  }

  @Override
  public AdminResetResult adminReset(SessionToken adminSession, UserId member, String reason) {
    Objects.requireNonNull(adminSession, "adminSession");
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(reason, "reason");
    String why = reason.strip();
    if (why.isEmpty() || why.length() > MAX_REASON || !singleLine(why)) {
      return refused(Reason.REASON_REQUIRED);
    }
    Optional<SessionRecord> session = sessions.live(adminSession);
    if (session.isEmpty()) {
      return refused(Reason.SESSION_INVALID);
    }
    Optional<UserRecord> admin = core.users().findById(session.get().session().user());
    TeamMembership team = admin.map(UserRecord::team).orElse(null);
    if (team == null || team.role() != dev.accountsecurity.api.TeamRole.ADMIN) {
      return refused(Reason.NOT_AN_ADMIN);
    }
    if (admin.get().id().equals(member)) {
      return refused(Reason.OWN_ACCOUNT);
    }
    Optional<UserRecord> target = core.users().findById(member)
        .filter(user -> user.team() != null && user.team().team().equals(team.team()));
    if (target.isEmpty()) {
      return refused(Reason.NOT_IN_TEAM);
    }
    if (!steppedUp(admin.get(), session.get())) {
      return refused(Reason.STEP_UP_REQUIRED);
    }
    if (!target.get().twoFactorEnabled() || !core.users().disableTotp(member)) {
      return refused(Reason.NOT_ENROLLED);
    }
    return new AdminResetResult.Reset(afterReset(admin.get().id(), member, why));
  }

  /** An admin with two-factor must have passed it in this session; one without, recently. */
  private boolean steppedUp(UserRecord admin, SessionRecord session) {
    if (admin.twoFactorEnabled()) {
      return session.session().twoFactorVerified();
    }
    Instant freshSince = core.clock().instant().minus(core.twoFactor().stepUpMaxAge());
    return !session.session().authenticatedAt().isBefore(freshSince);
  }

  private int afterReset(UserId admin, UserId member, String reason) {
    core.throttle().clear(Throttle.codeKey(member));
    int revoked = 0;
    if (core.twoFactor().revokeOnAdminReset()) {
      revoked = sessions.revokeAll(member, null, RevocationReason.TWO_FACTOR_RESET);
      core.tokens().revokeAll(member, TokenPurpose.PASSWORD_RESET);
      core.tokens().revokeAll(member, TokenPurpose.LOGIN_CHALLENGE);
    }
    core.events().publish(new SecurityEvent.TwoFactorReset(member, core.clock().instant(), admin,
        reason, revoked));
    return revoked;
  }

  /** An audit note is one line of visible text: it ends up in logs and mails. */
  private static boolean singleLine(String text) {
    return text.codePoints().noneMatch(Texts::unprintable);
  }

  private static AdminResetResult refused(Reason reason) {
    return new AdminResetResult.Refused(reason);
  }
}
