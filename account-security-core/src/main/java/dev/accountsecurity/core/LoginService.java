package dev.accountsecurity.core;

import dev.accountsecurity.api.ChallengeToken;
import dev.accountsecurity.api.ClientInfo;
import dev.accountsecurity.api.CodeCheck;
import dev.accountsecurity.api.Factor;
import dev.accountsecurity.api.LoginOutcome;
import dev.accountsecurity.api.LoginResult;
import dev.accountsecurity.api.RefusalReason;
import dev.accountsecurity.api.SessionToken;
import dev.accountsecurity.api.UserId;
import dev.accountsecurity.api.event.SecurityEvent;
import dev.accountsecurity.core.password.PasswordPolicy;
import dev.accountsecurity.spi.OneTimeToken;
import dev.accountsecurity.spi.SessionRecord;
import dev.accountsecurity.spi.ThrottleState;
import dev.accountsecurity.spi.TokenHash;
import dev.accountsecurity.spi.TokenPurpose;
import dev.accountsecurity.spi.UserRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** The login flow: password, then a second factor where it is on; every attempt recorded. */
final class LoginService implements dev.accountsecurity.api.Logins {
  private final Core core;
  private final SessionService sessions;
  private final PasswordService passwords;
  private final TwoFactorService twoFactor;
  private final ActivityService activity;

  LoginService(Core core, SessionService sessions, PasswordService passwords,
      TwoFactorService twoFactor, ActivityService activity) {
    this.core = core;
    this.sessions = sessions;
    this.passwords = passwords;
    this.twoFactor = twoFactor;
    this.activity = activity;
  }

  @Override
  public LoginResult login(String loginName, String password, ClientInfo clientInfo) {
    Objects.requireNonNull(loginName, "loginName");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(clientInfo, "client");
    ClientResolver.Client client = core.clients().resolve(clientInfo);
    // A name that cannot exist is handled like an unknown one: same work, same answer.
    String name = LoginNames.canonical(loginName).orElse("");
    String addressKey = client.throttledAs().isEmpty() ? null
        : Throttle.addressKey(client.throttledAs());
    Optional<UserRecord> user = name.isEmpty() ? Optional.empty()
        : core.users().findByLoginName(name);
    if (user.isEmpty()) {
      return unknownName(name, password, addressKey, client);
    }
    PasswordService.Proof proof = passwords.prove(user.get(), password, addressKey);
    if (proof instanceof PasswordService.Proof.Blocked) {
      return throttled(user.get().id(), ((PasswordService.Proof.Blocked) proof).verdict(),
          Factor.PASSWORD, client);
    }
    if (proof instanceof PasswordService.Proof.Wrong) {
      return wrongPassword(user.get().id(), ((PasswordService.Proof.Wrong) proof).state(), client);
    }
    return user.get().twoFactorEnabled() ? challenge(user.get().id(), client)
        : signIn(user.get(), Factor.PASSWORD, LoginOutcome.SUCCESS, false, client);
  }

  private LoginResult unknownName(String name, String password, String addressKey,
      ClientResolver.Client client) {
    String loginKey = Throttle.loginKey(name);
    Throttle.Verdict verdict = core.throttle().password(loginKey, addressKey);
    if (verdict instanceof Throttle.Verdict.Open) {
      if (!passwords.oversized(password)) {
        core.hasher().burn(password);
      }
      core.throttle().fail(loginKey, addressKey);
      activity.record(null, LoginOutcome.UNKNOWN_LOGIN_NAME, Factor.PASSWORD, client, null);
      return LoginResult.Refused.of(RefusalReason.UNKNOWN_LOGIN_NAME);
    }
    activity.record(null, LoginOutcome.THROTTLED, Factor.PASSWORD, client, null);
    return refusal(verdict);
  }

  private LoginResult wrongPassword(UserId user, ThrottleState state,
      ClientResolver.Client client) {
    activity.record(user, LoginOutcome.WRONG_PASSWORD, Factor.PASSWORD, client, null);
    Throttle.Verdict next = core.throttle().after(state);
    if (next instanceof Throttle.Verdict.Wait) {
      Throttle.Verdict.Wait wait = (Throttle.Verdict.Wait) next;
      core.events().publish(new SecurityEvent.LoginThrottled(user, core.clock().instant(),
          state.failures(), wait.retryAfter(), wait.locked()));
    }
    return LoginResult.Refused.of(RefusalReason.WRONG_PASSWORD);
  }

  private LoginResult throttled(UserId user, Throttle.Verdict verdict, Factor factor,
      ClientResolver.Client client) {
    LoginOutcome outcome = verdict instanceof Throttle.Verdict.Disabled
        ? LoginOutcome.PASSWORD_DISABLED : LoginOutcome.THROTTLED;
    activity.record(user, outcome, factor, client, null);
    return refusal(verdict);
  }

  private static LoginResult refusal(Throttle.Verdict verdict) {
    if (verdict instanceof Throttle.Verdict.Disabled) {
      return LoginResult.Refused.of(RefusalReason.PASSWORD_DISABLED);
    }
    Throttle.Verdict.Wait wait = (Throttle.Verdict.Wait) verdict;
    RefusalReason reason = wait.locked() ? RefusalReason.LOCKED : RefusalReason.THROTTLED;
    return new LoginResult.Refused(reason, wait.retryAfter(), null);
  }

  private LoginResult challenge(UserId user, ClientResolver.Client client) {
    Instant expiresAt = core.clock().instant().plus(core.twoFactor().challengeTtl());
    String token = core.random().newToken();
    core.tokens().issue(new OneTimeToken(SecureTokens.hash(token), TokenPurpose.LOGIN_CHALLENGE,
        user, expiresAt, core.twoFactor().challengeAttempts()), false);
    activity.record(user, LoginOutcome.SECOND_FACTOR_REQUIRED, Factor.PASSWORD, client, null);
    return new LoginResult.SecondFactorRequired(ChallengeToken.of(token), expiresAt);
  }

  private LoginResult signIn(UserRecord user, Factor factor, LoginOutcome outcome,
      boolean twoFactorVerified, ClientResolver.Client client) {
    SessionService.Opened opened = sessions.open(user.id(), client, twoFactorVerified);
    activity.record(user.id(), outcome, factor, client, opened.session().id());
    return new LoginResult.Authenticated(opened.session(), opened.token(),
        mustChangePassword(user, core.policy()));
  }

  private static boolean mustChangePassword(UserRecord user, PasswordPolicy policy) {
    return user.password().changeRequired()
        || user.password().policyVersion() < policy.version();
  }

  @Override
  public LoginResult completeSecondFactor(ChallengeToken challenge, String code,
      ClientInfo clientInfo) {
    Objects.requireNonNull(challenge, "challenge");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(clientInfo, "client");
    Optional<OneTimeToken> found = openChallenge(challenge);
    if (found.isEmpty()) {
      return LoginResult.Refused.of(RefusalReason.CHALLENGE_INVALID);
    }
    TokenHash hash = found.get().hash();
    Optional<UserRecord> user = core.users().findById(found.get().user());
    // Each try spends one of the challenge's attempts, atomically, before any check.
    int attemptsLeft = user.isEmpty() ? -1
        : core.tokens().spendAttempt(hash, TokenPurpose.LOGIN_CHALLENGE);
    if (attemptsLeft < 0) {
      return LoginResult.Refused.of(RefusalReason.CHALLENGE_INVALID);
    }
    ClientResolver.Client client = core.clients().resolve(clientInfo);
    CodeCheck check = twoFactor.check(user.get(), code);
    if (!check.accepted()) {
      return codeRefused(user.get().id(), check, client);
    }
    // Spending the last attempt deleted the challenge already, and only this call got 0.
    if (attemptsLeft > 0 && !core.tokens().consume(hash, TokenPurpose.LOGIN_CHALLENGE)) {
      return LoginResult.Refused.of(RefusalReason.CHALLENGE_INVALID);
    }
    return check instanceof CodeCheck.RecoveryCodeAccepted
        ? signIn(user.get(), Factor.RECOVERY_CODE, LoginOutcome.RECOVERY_CODE_USED, true, client)
        : signIn(user.get(), Factor.TOTP, LoginOutcome.SUCCESS, true, client);
  }

  private Optional<OneTimeToken> openChallenge(ChallengeToken challenge) {
    if (!SecureTokens.plausible(challenge.reveal())) {
      return Optional.empty();
    }
    Instant now = core.clock().instant();
    return core.tokens()
        .find(SecureTokens.hash(challenge.reveal()), TokenPurpose.LOGIN_CHALLENGE)
        .filter(token -> now.isBefore(token.expiresAt()));
  }

  private LoginResult codeRefused(UserId user, CodeCheck check, ClientResolver.Client client) {
    Factor factor = Factor.TOTP;
    if (check instanceof CodeCheck.AlreadyUsed) {
      activity.record(user, LoginOutcome.CODE_REUSED, factor, client, null);
      return LoginResult.Refused.of(RefusalReason.CODE_ALREADY_USED);
    }
    if (check instanceof CodeCheck.Throttled) {
      activity.record(user, LoginOutcome.THROTTLED, factor, client, null);
      Duration wait = ((CodeCheck.Throttled) check).retryAfter();
      return new LoginResult.Refused(RefusalReason.THROTTLED, wait, null);
    }
    activity.record(user, LoginOutcome.WRONG_CODE, factor, client, null);
    Duration drift = check instanceof CodeCheck.Wrong ? ((CodeCheck.Wrong) check).clockDrift()
        : null;
    return new LoginResult.Refused(RefusalReason.WRONG_CODE, null, drift);
  }

  @Override
  public boolean reauthenticate(SessionToken token, String password) {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(password, "password");
    Optional<SessionRecord> session = sessions.live(token);
    Optional<UserRecord> user = session.flatMap(s -> core.users().findById(s.session().user()));
    if (user.isEmpty()) {
      return false;
    }
    boolean ok = passwords.prove(user.get(), password, null)
        instanceof PasswordService.Proof.Verified;
    if (ok) {
      core.sessions().reauthenticated(session.get().session().id(), core.clock().instant(),
          false);
    }
    return ok;
  }
}
