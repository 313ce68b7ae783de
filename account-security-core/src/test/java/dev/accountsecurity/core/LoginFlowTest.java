package dev.accountsecurity.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accountsecurity.api.AddressKind;
import dev.accountsecurity.api.ChallengeToken;
import dev.accountsecurity.api.ClientInfo;
import dev.accountsecurity.api.DeviceType;
import dev.accountsecurity.api.Factor;
import dev.accountsecurity.api.LoginEvent;
import dev.accountsecurity.api.LoginOutcome;
import dev.accountsecurity.api.LoginResult;
import dev.accountsecurity.api.RefusalReason;
import dev.accountsecurity.api.UserAccount;
import dev.accountsecurity.api.event.SecurityEvent;
import dev.accountsecurity.core.password.PasswordHashing;
import dev.accountsecurity.spi.UserRecord;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LoginFlowTest {
  private final Fixture f = new Fixture();

  private List<LoginEvent> eventsOf(UserAccount user) {
    return f.security.activity().events(user.id(), null, 100).events();
  }

  private LoginResult.Refused refusedLogin(String name, String password) {
    return assertInstanceOf(LoginResult.Refused.class,
        f.security.logins().login(name, password, Fixture.CHROME_WINDOWS));
  }

  @Test
  void login_rightPassword_opensSessionAndRecordsEvent() {
    UserAccount user = f.createUser("ana@example.com");

    LoginResult.Authenticated result = f.login("ANA@example.com");

    assertEquals(user.id(), result.session().user());
    assertFalse(result.session().twoFactorVerified());
    assertFalse(result.passwordChangeRequired());
    assertEquals(result.session(), f.security.sessions().validate(result.token()).orElseThrow());
    LoginEvent event = eventsOf(user).get(0);
    assertEquals(LoginOutcome.SUCCESS, event.outcome());
    assertEquals(Factor.PASSWORD, event.factor());
    assertEquals("8.8.8.8", event.ipAddress());
    assertEquals("Chrome", event.device().browser());
    assertEquals("Windows", event.device().os());
    assertEquals(DeviceType.DESKTOP, event.device().type());
    assertEquals(AddressKind.PUBLIC, event.location().kind());
    assertEquals(result.session().id(), event.session());
    assertEquals(f.clock.instant(), event.at());
  }

  @Test
  void login_unknownName_refusedLikeWrongPasswordAndKeptApart() {
    UserAccount user = f.createUser("ana@example.com");

    LoginResult.Refused unknown = refusedLogin("nobody@example.com", Fixture.PASSWORD);
    LoginResult.Refused wrong = refusedLogin("ana@example.com", "Wrong-Password-1");

    assertEquals(RefusalReason.UNKNOWN_LOGIN_NAME, unknown.reason());
    assertEquals(RefusalReason.WRONG_PASSWORD, wrong.reason());
    assertEquals(unknown.reason().publicMessage(), wrong.reason().publicMessage());
    List<LoginEvent> mine = eventsOf(user);
    assertEquals(1, mine.size());
    assertEquals(LoginOutcome.WRONG_PASSWORD, mine.get(0).outcome());
  }

  @Test
  void login_malformedName_refusedAsUnknown() {
    assertEquals(RefusalReason.UNKNOWN_LOGIN_NAME, refusedLogin("", "x").reason());
    assertEquals(RefusalReason.UNKNOWN_LOGIN_NAME,
        refusedLogin("a b\u0000c", Fixture.PASSWORD).reason());
    assertEquals(RefusalReason.UNKNOWN_LOGIN_NAME,
        refusedLogin("x".repeat(100_000), Fixture.PASSWORD).reason());
  }

  @Test
  void login_hugePassword_refusedAndCounted() {
    UserAccount user = f.createUser("ana@example.com");

    LoginResult.Refused result = refusedLogin("ana@example.com", "A1!a".repeat(250_000));

    assertEquals(RefusalReason.WRONG_PASSWORD, result.reason());
    assertEquals(1, f.throttle.find(Throttle.loginKey("ana@example.com")).orElseThrow()
        .failures());
    assertEquals(LoginOutcome.WRONG_PASSWORD, eventsOf(user).get(0).outcome());
  }

  @Test
  void login_nullArguments_failFastWithName() {
    NullPointerException e = assertThrows(NullPointerException.class,
        () -> f.security.logins().login(null, "p", Fixture.CHROME_WINDOWS));
    assertEquals("loginName", e.getMessage());
    e = assertThrows(NullPointerException.class,
        () -> f.security.logins().login("a", null, Fixture.CHROME_WINDOWS));
    assertEquals("password", e.getMessage());
    e = assertThrows(NullPointerException.class,
        () -> f.security.logins().login("a", "p", null));
    assertEquals("client", e.getMessage());
  }

  @Test
  void throttle_fiveFailures_nextAttemptWaitsEvenWithRightPassword() {
    UserAccount user = f.createUser("ana@example.com");
    for (int i = 0; i < 5; i++) {
      refusedLogin("ana@example.com", "Wrong-Password-1");
    }

    LoginResult.Refused blocked = refusedLogin("ana@example.com", Fixture.PASSWORD);

    assertEquals(RefusalReason.THROTTLED, blocked.reason());
    assertEquals(Duration.ofSeconds(1), blocked.retryAfter());
    assertEquals(LoginOutcome.THROTTLED, eventsOf(user).get(0).outcome());
    assertEquals(5, f.throttle.find(Throttle.loginKey("ana@example.com")).orElseThrow()
        .failures(), "a throttled attempt is not checked, so not counted");
    f.clock.advance(Duration.ofSeconds(1));
    f.login("ana@example.com");
    assertTrue(f.throttle.find(Throttle.loginKey("ana@example.com")).isEmpty());
  }

  @Test
  void throttle_delaysDoubleThenLockForThirtyMinutesThenDouble() {
    UserAccount user = f.createUser("ana@example.com");
    Map<Integer, Duration> waits = new HashMap<>();
    int failures = 0;
    while (failures <= 11) {
      LoginResult.Refused refused = refusedLogin("ana@example.com", "Wrong-Password-1");
      if (refused.retryAfter() == null) {
        failures++;
      } else {
        waits.put(failures, refused.retryAfter());
        f.clock.advance(refused.retryAfter());
      }
    }

    assertNull(waits.get(4));
    assertEquals(Duration.ofSeconds(1), waits.get(5));
    assertEquals(Duration.ofSeconds(2), waits.get(6));
    assertEquals(Duration.ofSeconds(16), waits.get(9));
    assertEquals(Duration.ofMinutes(30), waits.get(10));
    assertEquals(Duration.ofMinutes(60), waits.get(11));
    List<SecurityEvent.LoginThrottled> throttled = f.events(SecurityEvent.LoginThrottled.class);
    assertTrue(throttled.stream().anyMatch(e -> e.locked() && e.user().equals(user.id())));
  }

  @Test
  void throttle_lockRefusesWithLockedReason() {
    f.createUser("ana@example.com");
    for (int i = 0; i < 10; i++) {
      refusedLogin("ana@example.com", "Wrong-Password-1");
      f.clock.advance(Duration.ofMinutes(1));
    }

    LoginResult.Refused locked = refusedLogin("ana@example.com", Fixture.PASSWORD);

    assertEquals(RefusalReason.LOCKED, locked.reason());
    assertEquals(Duration.ofMinutes(29), locked.retryAfter());
  }

  @Test
  void throttle_hundredFailures_passwordDisabledUntilReset() {
    f.createUser("ana@example.com");
    for (int i = 0; i < 100; i++) {
      f.throttle.recordFailure(Throttle.loginKey("ana@example.com"), f.clock.instant());
    }
    f.clock.advance(Duration.ofDays(365));

    assertEquals(RefusalReason.PASSWORD_DISABLED,
        refusedLogin("ana@example.com", Fixture.PASSWORD).reason());
  }

  @Test
  void throttle_softProfile_neverLocks() {
    Fixture soft = new Fixture(b -> b.throttling(ThrottleOptions.soft()));
    soft.createUser("ana@example.com");
    for (int i = 0; i < 150; i++) {
      soft.throttle.recordFailure(Throttle.loginKey("ana@example.com"), soft.clock.instant());
    }

    LoginResult.Refused waiting = assertInstanceOf(LoginResult.Refused.class,
        soft.security.logins().login("ana@example.com", Fixture.PASSWORD,
            Fixture.CHROME_WINDOWS));
    assertEquals(RefusalReason.THROTTLED, waiting.reason());
    assertEquals(Duration.ofMinutes(15), waiting.retryAfter());
    soft.clock.advance(Duration.ofMinutes(15));
    soft.login("ana@example.com");
  }

  @Test
  void throttle_unknownNames_throttledAlike() {
    for (int i = 0; i < 5; i++) {
      refusedLogin("ghost@example.com", "Wrong-Password-1");
    }

    LoginResult.Refused blocked = refusedLogin("ghost@example.com", "Wrong-Password-1");

    assertEquals(RefusalReason.THROTTLED, blocked.reason());
    assertEquals(Duration.ofSeconds(1), blocked.retryAfter());
  }

  @Test
  void throttle_oneAddressAcrossManyNames_delayed() {
    for (int i = 0; i < 50; i++) {
      refusedLogin("ghost" + i + "@example.com", "Wrong-Password-1");
    }
    f.createUser("ana@example.com");

    LoginResult.Refused blocked = refusedLogin("ana@example.com", Fixture.PASSWORD);
    LoginResult other = f.security.logins().login("ana@example.com", Fixture.PASSWORD,
        Fixture.SAFARI_IPHONE);

    assertEquals(RefusalReason.THROTTLED, blocked.reason());
    assertInstanceOf(LoginResult.Authenticated.class, other);
  }

  @Test
  void secondFactor_codeCompletesChallengeIntoVerifiedSession() {
    UserAccount user = f.createUser("ana@example.com");
    Fixture.Enrolled enrolled = f.enrol(user.id());

    LoginResult.SecondFactorRequired first = assertInstanceOf(
        LoginResult.SecondFactorRequired.class,
        f.security.logins().login("ana@example.com", Fixture.PASSWORD, Fixture.CHROME_WINDOWS));
    LoginResult.Authenticated done = assertInstanceOf(LoginResult.Authenticated.class,
        f.security.logins().completeSecondFactor(first.challenge(),
            f.codeNow(enrolled.secret()), Fixture.CHROME_WINDOWS));

    assertEquals(f.clock.instant().plus(Duration.ofMinutes(5)), first.expiresAt());
    assertTrue(done.session().twoFactorVerified());
    List<LoginEvent> events = eventsOf(user);
    assertEquals(LoginOutcome.SUCCESS, events.get(0).outcome());
    assertEquals(Factor.TOTP, events.get(0).factor());
    assertEquals(LoginOutcome.SECOND_FACTOR_REQUIRED, events.get(1).outcome());
  }

  @Test
  void secondFactor_challengeIsSingleUse() {
    UserAccount user = f.createUser("ana@example.com");
    Fixture.Enrolled enrolled = f.enrol(user.id());
    ChallengeToken challenge = challenge();
    f.security.logins().completeSecondFactor(challenge, f.codeNow(enrolled.secret()),
        Fixture.CHROME_WINDOWS);
    f.clock.advance(Duration.ofSeconds(30));

    LoginResult again = f.security.logins().completeSecondFactor(challenge,
        f.codeNow(enrolled.secret()), Fixture.CHROME_WINDOWS);

    assertEquals(RefusalReason.CHALLENGE_INVALID,
        assertInstanceOf(LoginResult.Refused.class, again).reason());
  }

  @Test
  void secondFactor_threeWrongCodes_challengeUsedUp() {
    UserAccount user = f.createUser("ana@example.com");
    Fixture.Enrolled enrolled = f.enrol(user.id());
    ChallengeToken challenge = challenge();
    for (int i = 0; i < 3; i++) {
      LoginResult wrong = f.security.logins().completeSecondFactor(challenge, "000000",
          Fixture.CHROME_WINDOWS);
      assertEquals(RefusalReason.WRONG_CODE,
          assertInstanceOf(LoginResult.Refused.class, wrong).reason());
    }

    LoginResult right = f.security.logins().completeSecondFactor(challenge,
        f.codeNow(enrolled.secret()), Fixture.CHROME_WINDOWS);

    assertEquals(RefusalReason.CHALLENGE_INVALID,
        assertInstanceOf(LoginResult.Refused.class, right).reason());
  }

  @Test
  void secondFactor_expiredChallenge_refused() {
    UserAccount user = f.createUser("ana@example.com");
    Fixture.Enrolled enrolled = f.enrol(user.id());
    ChallengeToken challenge = challenge();
    f.clock.advance(Duration.ofMinutes(5));

    LoginResult late = f.security.logins().completeSecondFactor(challenge,
        f.codeNow(enrolled.secret()), Fixture.CHROME_WINDOWS);

    assertEquals(RefusalReason.CHALLENGE_INVALID,
        assertInstanceOf(LoginResult.Refused.class, late).reason());
  }

  @Test
  void secondFactor_forgedChallenge_refused() {
    LoginResult forged = f.security.logins().completeSecondFactor(
        ChallengeToken.of("not-a-challenge"), "123456", Fixture.CHROME_WINDOWS);

    assertEquals(RefusalReason.CHALLENGE_INVALID,
        assertInstanceOf(LoginResult.Refused.class, forged).reason());
  }

  @Test
  void secondFactor_replayedCode_refusedAsAlreadyUsed() {
    UserAccount user = f.createUser("ana@example.com");
    Fixture.Enrolled enrolled = f.enrol(user.id());
    String code = f.codeNow(enrolled.secret());
    f.security.logins().completeSecondFactor(challenge(), code, Fixture.CHROME_WINDOWS);

    LoginResult replay = f.security.logins().completeSecondFactor(challenge(), code,
        Fixture.CHROME_WINDOWS);

    assertEquals(RefusalReason.CODE_ALREADY_USED,
        assertInstanceOf(LoginResult.Refused.class, replay).reason());
    assertEquals(LoginOutcome.CODE_REUSED, eventsOf(user).get(0).outcome());
  }

  @Test
  void secondFactor_recoveryCode_signsInAndIsRecorded() {
    UserAccount user = f.createUser("ana@example.com");
    Fixture.Enrolled enrolled = f.enrol(user.id());

    LoginResult done = f.security.logins().completeSecondFactor(challenge(),
        enrolled.codes().codes().get(3), Fixture.CHROME_WINDOWS);

    assertInstanceOf(LoginResult.Authenticated.class, done);
    LoginEvent event = eventsOf(user).get(0);
    assertEquals(LoginOutcome.RECOVERY_CODE_USED, event.outcome());
    assertEquals(Factor.RECOVERY_CODE, event.factor());
    assertEquals(9, f.security.twoFactor().remainingRecoveryCodes(user.id()));
    // The recovery login used up the current step: this step's code no longer works.
    LoginResult sameStep = f.security.logins().completeSecondFactor(challenge(),
        f.codeNow(enrolled.secret()), Fixture.CHROME_WINDOWS);
    assertEquals(RefusalReason.CODE_ALREADY_USED,
        assertInstanceOf(LoginResult.Refused.class, sameStep).reason());
  }

  @Test
  void rehash_loginWithOutdatedHash_storesHashAtCurrentParameters() {
    Fixture old = new Fixture(b -> b.passwordHashing(
        PasswordHashing.builder().argon2id(32, 1, 1).build()));
    UserAccount user = old.createUser("ana@example.com");
    UserRecord before = old.users.findById(user.id()).orElseThrow();
    Fixture current = new Fixture(b -> b.userStore(old.users));

    current.login("ana@example.com");

    String after = old.users.findById(user.id()).orElseThrow().password().hash();
    assertTrue(before.password().hash().startsWith("$argon2id$v=19$m=32,t=1,p=1$"));
    assertTrue(after.startsWith("$argon2id$v=19$m=64,t=1,p=1$"), after);
    current.login("ana@example.com");
  }

  @Test
  void reauthenticate_rightPassword_refreshesSession() {
    f.createUser("ana@example.com");
    LoginResult.Authenticated login = f.login("ana@example.com");
    f.clock.advance(Duration.ofMinutes(20));

    assertFalse(f.security.logins().reauthenticate(login.token(), "Wrong-Password-1"));
    assertTrue(f.security.logins().reauthenticate(login.token(), Fixture.PASSWORD));

    assertEquals(f.clock.instant(), f.security.sessions().validate(login.token()).orElseThrow()
        .authenticatedAt());
  }

  @Test
  void login_brokenAddress_recordedAsInvalidNeverFails() {
    UserAccount user = f.createUser("ana@example.com");

    f.security.logins().login("ana@example.com", Fixture.PASSWORD,
        ClientInfo.of("not-an-ip", null));

    LoginEvent event = eventsOf(user).get(0);
    assertEquals(AddressKind.INVALID, event.location().kind());
    assertEquals("", event.ipAddress());
    assertEquals(DeviceType.UNKNOWN, event.device().type());
  }

  private ChallengeToken challenge() {
    return assertInstanceOf(LoginResult.SecondFactorRequired.class,
        f.security.logins().login("ana@example.com", Fixture.PASSWORD, Fixture.CHROME_WINDOWS))
        .challenge();
  }
}
