package dev.accountsecurity.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accountsecurity.api.AdminResetResult;
import dev.accountsecurity.api.AdminResetResult.Reason;
import dev.accountsecurity.api.CodeCheck;
import dev.accountsecurity.api.DisableResult;
import dev.accountsecurity.api.Enrolment;
import dev.accountsecurity.api.EnrolmentResult;
import dev.accountsecurity.api.LoginResult;
import dev.accountsecurity.api.Reauthentication;
import dev.accountsecurity.api.RecoveryCodes;
import dev.accountsecurity.api.SessionToken;
import dev.accountsecurity.api.TeamId;
import dev.accountsecurity.api.TeamMembership;
import dev.accountsecurity.api.TeamRole;
import dev.accountsecurity.api.UserAccount;
import dev.accountsecurity.api.UserId;
import dev.accountsecurity.api.event.SecurityEvent;
import dev.accountsecurity.core.totp.Base32;
import dev.accountsecurity.spi.UserRecord;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class TwoFactorFlowTest {
  private static final TeamMembership ADMIN = new TeamMembership(TeamId.of("acme"),
      TeamRole.ADMIN);
  private static final TeamMembership MEMBER = new TeamMembership(TeamId.of("acme"),
      TeamRole.MEMBER);

  private final Fixture f = new Fixture();

  @Test
  void beginEnrolment_storesEncryptedPendingSecretAndReturnsUri() {
    UserAccount user = f.createUser("ana@example.com");

    Enrolment enrolment = f.security.twoFactor().beginEnrolment(user.id()).orElseThrow();

    UserRecord stored = f.users.findById(user.id()).orElseThrow();
    assertEquals(f.clock.instant().plus(Duration.ofMinutes(10)), enrolment.expiresAt());
    assertEquals(enrolment.expiresAt(), stored.pendingTotp().expiresAt());
    assertFalse(stored.pendingTotp().secret().ciphertext().contains(enrolment.secret().base32()));
    assertEquals(20, Base32.decode(enrolment.secret().base32()).length);
    assertEquals("otpauth://totp/Acme:ana@example.com?secret=" + enrolment.secret().base32()
        + "&issuer=Acme&algorithm=SHA1&digits=6&period=30", enrolment.otpauthUri());
    assertFalse(enrolment.toString().contains(enrolment.secret().base32()));
    assertFalse(stored.twoFactorEnabled());
  }

  @Test
  void confirmEnrolment_validCode_enablesAndIssuesTenRecoveryCodes() {
    UserAccount user = f.createUser("ana@example.com");

    Fixture.Enrolled enrolled = f.enrol(user.id());

    assertEquals(10, enrolled.codes().codes().size());
    assertTrue(f.security.accounts().find(user.id()).orElseThrow().twoFactorEnabled());
    assertEquals(10, f.security.twoFactor().remainingRecoveryCodes(user.id()));
    assertEquals(1, f.events(SecurityEvent.TwoFactorEnabled.class).size());
    assertNull(f.users.findById(user.id()).orElseThrow().pendingTotp());
  }

  @Test
  void confirmEnrolment_badInput_typedAnswersAndNothingChanges() {
    UserAccount user = f.createUser("ana@example.com");
    assertInstanceOf(EnrolmentResult.NoPendingEnrolment.class,
        f.security.twoFactor().confirmEnrolment(user.id(), "123456"));
    byte[] secret = Base32.decode(
        f.security.twoFactor().beginEnrolment(user.id()).orElseThrow().secret().base32());

    assertInstanceOf(EnrolmentResult.MalformedCode.class,
        f.security.twoFactor().confirmEnrolment(user.id(), "12a456"));
    assertInstanceOf(EnrolmentResult.MalformedCode.class,
        f.security.twoFactor().confirmEnrolment(user.id(), "9".repeat(100_000)));
    assertInstanceOf(EnrolmentResult.WrongCode.class,
        f.security.twoFactor().confirmEnrolment(user.id(), wrongCode(secret)));
    assertInstanceOf(EnrolmentResult.UnknownUser.class,
        f.security.twoFactor().confirmEnrolment(UserId.of("nobody"), f.codeNow(secret)));
    assertFalse(f.users.findById(user.id()).orElseThrow().twoFactorEnabled());
    f.clock.advance(Duration.ofMinutes(10));
    assertInstanceOf(EnrolmentResult.NoPendingEnrolment.class,
        f.security.twoFactor().confirmEnrolment(user.id(), f.codeNow(secret)));
  }

  @Test
  void beginEnrolment_again_replacesPendingSecret() {
    UserAccount user = f.createUser("ana@example.com");
    byte[] first = Base32.decode(
        f.security.twoFactor().beginEnrolment(user.id()).orElseThrow().secret().base32());
    f.security.twoFactor().beginEnrolment(user.id());

    EnrolmentResult result = f.security.twoFactor().confirmEnrolment(user.id(),
        f.codeNow(first));

    assertInstanceOf(EnrolmentResult.WrongCode.class, result);
  }

  @Test
  void confirmingCode_countsAsUsed() {
    UserAccount user = f.createUser("ana@example.com");
    byte[] secret = Base32.decode(
        f.security.twoFactor().beginEnrolment(user.id()).orElseThrow().secret().base32());
    String code = f.codeNow(secret);
    f.security.twoFactor().confirmEnrolment(user.id(), code);

    assertInstanceOf(CodeCheck.AlreadyUsed.class, f.security.twoFactor().verify(user.id(), code));
  }

  @Test
  void verify_codeFromPreviousStep_acceptedThenReplayRefused() {
    UserAccount user = f.createUser("ana@example.com");
    Fixture.Enrolled enrolled = f.enrol(user.id());
    String previous = Fixture.codeAt(enrolled.secret(),
        f.clock.instant().minus(Duration.ofSeconds(30)));
    String current = f.codeNow(enrolled.secret());

    // The previous step was used by enrolment; only the current one is left.
    assertInstanceOf(CodeCheck.AlreadyUsed.class,
        f.security.twoFactor().verify(user.id(), previous));
    assertInstanceOf(CodeCheck.Accepted.class, f.security.twoFactor().verify(user.id(), current));
    assertInstanceOf(CodeCheck.AlreadyUsed.class,
        f.security.twoFactor().verify(user.id(), current));
  }

  @Test
  void verify_codeFromDeviceFourStepsAhead_wrongWithClockHint() {
    UserAccount user = f.createUser("ana@example.com");
    Fixture.Enrolled enrolled = f.enrol(user.id());
    String ahead = Fixture.codeAt(enrolled.secret(),
        f.clock.instant().plus(Duration.ofMinutes(2)));

    CodeCheck check = f.security.twoFactor().verify(user.id(), ahead);

    assertEquals(Duration.ofMinutes(2), assertInstanceOf(CodeCheck.Wrong.class, check)
        .clockDrift());
    // The hint must not let a guesser wait for the code's step: that step is burnt.
    f.clock.advance(Duration.ofMinutes(2));
    assertInstanceOf(CodeCheck.AlreadyUsed.class, f.security.twoFactor().verify(user.id(), ahead));
  }

  @Test
  void verify_codeFromDeviceBehind_wrongWithNegativeHintAndNothingBurnt() {
    UserAccount user = f.createUser("ana@example.com");
    Fixture.Enrolled enrolled = f.enrol(user.id());
    long lastStep = f.users.findById(user.id()).orElseThrow().lastTotpStep();
    String behind = Fixture.codeAt(enrolled.secret(),
        f.clock.instant().minus(Duration.ofMinutes(3)));

    CodeCheck check = f.security.twoFactor().verify(user.id(), behind);

    assertEquals(Duration.ofMinutes(-3), assertInstanceOf(CodeCheck.Wrong.class, check)
        .clockDrift());
    assertEquals(lastStep, f.users.findById(user.id()).orElseThrow().lastTotpStep());
  }

  @Test
  void verify_badInput_typedAnswers() {
    UserAccount user = f.createUser("ana@example.com");
    UserAccount plain = f.createUser("bo@example.com");
    f.enrol(user.id());

    for (String input : List.of("", "abcdef", "12345", "123456789", "12 34 5x",
        "x".repeat(1_000_000))) {
      CodeCheck check = f.security.twoFactor().verify(user.id(), input);
      assertTrue(check instanceof CodeCheck.Malformed || check instanceof CodeCheck.Wrong,
          input.length() + " chars gave " + check);
    }
    assertInstanceOf(CodeCheck.NotEnrolled.class,
        f.security.twoFactor().verify(plain.id(), "123456"));
    assertInstanceOf(CodeCheck.NotEnrolled.class,
        f.security.twoFactor().verify(UserId.of("nobody"), "123456"));
    assertEquals(-1, f.users.findById(plain.id()).orElseThrow().lastTotpStep());
  }

  @Test
  void verify_fiveWrongCodes_backOffThenSuccessResets() {
    UserAccount user = f.createUser("ana@example.com");
    Fixture.Enrolled enrolled = f.enrol(user.id());
    for (int i = 0; i < 5; i++) {
      assertInstanceOf(CodeCheck.Wrong.class,
          f.security.twoFactor().verify(user.id(), wrongCode(enrolled.secret())));
    }

    CodeCheck blocked = f.security.twoFactor().verify(user.id(), f.codeNow(enrolled.secret()));

    assertEquals(Duration.ofSeconds(1),
        assertInstanceOf(CodeCheck.Throttled.class, blocked).retryAfter());
    f.clock.advance(Duration.ofSeconds(1));
    assertInstanceOf(CodeCheck.Accepted.class,
        f.security.twoFactor().verify(user.id(), f.codeNow(enrolled.secret())));
    assertTrue(f.throttle.find(Throttle.codeKey(user.id())).isEmpty());
  }

  @Test
  void verify_hundredWrongCodes_totpSuspendedUntilRecoveryCode() {
    UserAccount user = f.createUser("ana@example.com");
    Fixture.Enrolled enrolled = f.enrol(user.id());
    for (int i = 0; i < 99; i++) {
      f.throttle.recordFailure(Throttle.codeKey(user.id()), f.clock.instant());
    }
    f.clock.advance(Duration.ofHours(1));
    assertInstanceOf(CodeCheck.Wrong.class,
        f.security.twoFactor().verify(user.id(), wrongCode(enrolled.secret())));
    f.clock.advance(Duration.ofHours(1));

    assertInstanceOf(CodeCheck.TotpSuspended.class,
        f.security.twoFactor().verify(user.id(), f.codeNow(enrolled.secret())));
    assertEquals(1, f.events(SecurityEvent.TotpSuspended.class).size());
    assertInstanceOf(CodeCheck.RecoveryCodeAccepted.class,
        f.security.twoFactor().verify(user.id(), enrolled.codes().codes().get(0)));
    f.clock.advance(Duration.ofSeconds(30));
    assertInstanceOf(CodeCheck.Accepted.class,
        f.security.twoFactor().verify(user.id(), f.codeNow(enrolled.secret())));
  }

  @Test
  void recoveryCode_usableOnceAndWarnsWhenFewLeft() {
    UserAccount user = f.createUser("ana@example.com");
    RecoveryCodes codes = f.enrol(user.id()).codes();

    for (int i = 0; i < 8; i++) {
      CodeCheck check = f.security.twoFactor().verify(user.id(),
          codes.codes().get(i).toUpperCase().replace("-", " "));
      assertEquals(9 - i, assertInstanceOf(CodeCheck.RecoveryCodeAccepted.class, check)
          .remaining());
    }

    assertInstanceOf(CodeCheck.Wrong.class,
        f.security.twoFactor().verify(user.id(), codes.codes().get(0)));
    assertEquals(8, f.events(SecurityEvent.RecoveryCodeUsed.class).size());
    assertEquals(List.of(2), f.events(SecurityEvent.RecoveryCodesLow.class).stream()
        .map(SecurityEvent.RecoveryCodesLow::remaining).toList());
  }

  @Test
  void recoveryCode_twoPastedTogether_matchNothing() {
    UserAccount user = f.createUser("ana@example.com");
    RecoveryCodes codes = f.enrol(user.id()).codes();

    CodeCheck check = f.security.twoFactor().verify(user.id(),
        codes.codes().get(0) + " " + codes.codes().get(1));

    assertFalse(check.accepted());
    assertEquals(10, f.security.twoFactor().remainingRecoveryCodes(user.id()));
  }

  @Test
  void concurrency_sameTotpCodeFrom64Threads_exactlyOneAccepted() throws Exception {
    UserAccount user = f.createUser("ana@example.com");
    Fixture.Enrolled enrolled = f.enrol(user.id());
    String code = f.codeNow(enrolled.secret());

    List<CodeCheck> results = race(64, () -> f.security.twoFactor().verify(user.id(), code));

    assertEquals(1, results.stream().filter(CodeCheck::accepted).count());
    assertEquals(63, results.stream().filter(r -> r instanceof CodeCheck.AlreadyUsed).count());
  }

  @Test
  void concurrency_sameRecoveryCodeFrom64Threads_exactlyOneAccepted() throws Exception {
    UserAccount user = f.createUser("ana@example.com");
    String code = f.enrol(user.id()).codes().codes().get(5);

    List<CodeCheck> results = race(64, () -> f.security.twoFactor().verify(user.id(), code));

    assertEquals(1, results.stream().filter(CodeCheck::accepted).count());
    assertEquals(9, f.security.twoFactor().remainingRecoveryCodes(user.id()));
  }

  @Test
  void regenerate_replacesEveryOldCode() {
    UserAccount user = f.createUser("ana@example.com");
    RecoveryCodes old = f.enrol(user.id()).codes();

    RecoveryCodes fresh = f.security.twoFactor()
        .regenerateRecoveryCodes(user.id(), Reauthentication.password(Fixture.PASSWORD))
        .orElseThrow();

    assertNotEquals(old.codes(), fresh.codes());
    assertFalse(f.security.twoFactor().verify(user.id(), old.codes().get(0)).accepted());
    assertTrue(f.security.twoFactor().verify(user.id(), fresh.codes().get(0)).accepted());
    assertTrue(f.security.twoFactor().regenerateRecoveryCodes(user.id(),
        Reauthentication.password("Wrong-Password-1")).isEmpty());
  }

  @Test
  void disable_withCode_deletesSecretAndRevokesOtherSessions() {
    UserAccount user = f.createUser("ana@example.com");
    Fixture.Enrolled enrolled = f.enrol(user.id());
    LoginResult.Authenticated here = complete(enrolled);
    f.clock.advance(Duration.ofSeconds(30));
    LoginResult.Authenticated there = complete(enrolled);
    f.clock.advance(Duration.ofSeconds(30));

    DisableResult result = f.security.twoFactor().disable(user.id(),
        Reauthentication.code(f.codeNow(enrolled.secret())), here.session().id());

    assertEquals(1, assertInstanceOf(DisableResult.Disabled.class, result).sessionsRevoked());
    UserRecord stored = f.users.findById(user.id()).orElseThrow();
    assertNull(stored.totpSecret());
    assertTrue(stored.recoveryCodes().isEmpty());
    assertTrue(f.security.sessions().validate(here.token()).isPresent());
    assertTrue(f.security.sessions().validate(there.token()).isEmpty());
    assertInstanceOf(LoginResult.Authenticated.class, f.security.logins()
        .login("ana@example.com", Fixture.PASSWORD, Fixture.CHROME_WINDOWS));
  }

  @Test
  void disable_wrongProof_refusedAndNothingChanges() {
    UserAccount user = f.createUser("ana@example.com");
    f.enrol(user.id());

    DisableResult byPassword = f.security.twoFactor().disable(user.id(),
        Reauthentication.password("Wrong-Password-1"), null);
    DisableResult byCode = f.security.twoFactor().disable(user.id(),
        Reauthentication.code("000000"), null);

    assertInstanceOf(DisableResult.ReauthenticationFailed.class, byPassword);
    assertInstanceOf(CodeCheck.class,
        assertInstanceOf(DisableResult.ReauthenticationFailed.class, byCode).check());
    assertTrue(f.users.findById(user.id()).orElseThrow().twoFactorEnabled());
    assertInstanceOf(DisableResult.NotEnabled.class, f.security.twoFactor().disable(
        f.createUser("bo@example.com").id(), Reauthentication.password(Fixture.PASSWORD), null));
  }

  @Test
  void adminReset_adminWithTwoFactorSession_resetsMemberWhoEnrolsAgain() {
    UserAccount admin = f.createUser("admin@example.com", ADMIN);
    UserAccount member = f.createUser("ana@example.com", MEMBER);
    SessionToken adminSession = twoFactorSession("admin@example.com", f.enrol(admin.id()));
    twoFactorSession("ana@example.com", f.enrol(member.id()));

    AdminResetResult result = f.security.twoFactor().adminReset(adminSession, member.id(),
        "Lost phone, ticket 4411");

    assertEquals(1, assertInstanceOf(AdminResetResult.Reset.class, result).sessionsRevoked());
    assertFalse(f.security.accounts().find(member.id()).orElseThrow().twoFactorEnabled());
    SecurityEvent.TwoFactorReset event = f.events(SecurityEvent.TwoFactorReset.class).get(0);
    assertEquals(admin.id(), event.admin());
    assertEquals(member.id(), event.user());
    assertEquals("Lost phone, ticket 4411", event.reason());
    assertTrue(f.security.twoFactor().beginEnrolment(member.id()).isPresent());
  }

  @Test
  void adminReset_everyOtherCaller_refusedAndNothingChanges() {
    UserAccount admin = f.createUser("admin@example.com", ADMIN);
    UserAccount member = f.createUser("ana@example.com", MEMBER);
    UserAccount outsider = f.createUser("eve@example.com",
        new TeamMembership(TeamId.of("other"), TeamRole.ADMIN));
    UserAccount admin2 = f.createUser("admin2@example.com", ADMIN);
    UserAccount notEnrolled = f.createUser("cy@example.com", MEMBER);
    SessionToken memberSession = twoFactorSession("ana@example.com", f.enrol(member.id()));
    SessionToken adminWith2fa = twoFactorSession("admin@example.com", f.enrol(admin.id()));
    SessionToken outsiderSession = f.login("eve@example.com").token();
    SessionToken admin2Session = f.login("admin2@example.com").token();

    assertRefused(Reason.SESSION_INVALID, SessionToken.of("forged"), member.id());
    assertRefused(Reason.NOT_AN_ADMIN, memberSession, admin2.id());
    assertRefused(Reason.NOT_IN_TEAM, outsiderSession, member.id());
    assertRefused(Reason.OWN_ACCOUNT, adminWith2fa, admin.id());
    assertRefused(Reason.NOT_IN_TEAM, adminWith2fa, UserId.of("nobody"));
    assertRefused(Reason.NOT_ENROLLED, adminWith2fa, notEnrolled.id());
    assertEquals(Reason.REASON_REQUIRED, ((AdminResetResult.Refused) f.security.twoFactor()
        .adminReset(adminWith2fa, member.id(), "  ")).reason());
    f.clock.advance(Duration.ofMinutes(16));
    assertRefused(Reason.STEP_UP_REQUIRED, admin2Session, member.id());
    assertTrue(f.security.accounts().find(member.id()).orElseThrow().twoFactorEnabled());
    assertTrue(f.events(SecurityEvent.TwoFactorReset.class).isEmpty());
  }

  @Test
  void adminReset_adminWithoutTwoFactor_needsRecentPassword() {
    f.createUser("admin@example.com", ADMIN);
    UserAccount member = f.createUser("ana@example.com", MEMBER);
    f.enrol(member.id());
    SessionToken admin = f.login("admin@example.com").token();
    f.clock.advance(Duration.ofMinutes(20));
    assertRefused(Reason.STEP_UP_REQUIRED, admin, member.id());

    assertTrue(f.security.logins().reauthenticate(admin, Fixture.PASSWORD));

    assertInstanceOf(AdminResetResult.Reset.class,
        f.security.twoFactor().adminReset(admin, member.id(), "Lost phone"));
  }

  private void assertRefused(Reason expected, SessionToken session, UserId member) {
    AdminResetResult result = f.security.twoFactor().adminReset(session, member, "Lost phone");
    assertEquals(expected, assertInstanceOf(AdminResetResult.Refused.class, result).reason());
  }

  private SessionToken twoFactorSession(String loginName, Fixture.Enrolled enrolled) {
    LoginResult.SecondFactorRequired challenge = assertInstanceOf(
        LoginResult.SecondFactorRequired.class,
        f.security.logins().login(loginName, Fixture.PASSWORD, Fixture.CHROME_WINDOWS));
    LoginResult.Authenticated done = assertInstanceOf(LoginResult.Authenticated.class,
        f.security.logins().completeSecondFactor(challenge.challenge(),
            f.codeNow(enrolled.secret()), Fixture.CHROME_WINDOWS));
    f.clock.advance(Duration.ofSeconds(30));
    return done.token();
  }

  private LoginResult.Authenticated complete(Fixture.Enrolled enrolled) {
    LoginResult.SecondFactorRequired challenge = assertInstanceOf(
        LoginResult.SecondFactorRequired.class,
        f.security.logins().login("ana@example.com", Fixture.PASSWORD, Fixture.CHROME_WINDOWS));
    return assertInstanceOf(LoginResult.Authenticated.class,
        f.security.logins().completeSecondFactor(challenge.challenge(),
            f.codeNow(enrolled.secret()), Fixture.CHROME_WINDOWS));
  }

  private String wrongCode(byte[] secret) {
    String right = f.codeNow(secret);
    return right.equals("000000") ? "000001" : "000000";
  }

  private static <T> List<T> race(int threads, Supplier<T> task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        futures.add(pool.submit(() -> {
          start.await();
          return task.get();
        }));
      }
      start.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get(30, TimeUnit.SECONDS));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}
