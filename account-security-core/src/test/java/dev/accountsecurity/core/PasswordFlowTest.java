package dev.accountsecurity.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accountsecurity.api.ClientInfo;
import dev.accountsecurity.api.LoginResult;
import dev.accountsecurity.api.PasswordChangeResult;
import dev.accountsecurity.api.PasswordRule;
import dev.accountsecurity.api.PasswordViolation;
import dev.accountsecurity.api.RefusalReason;
import dev.accountsecurity.api.ResetRequestResult;
import dev.accountsecurity.api.ResetResult;
import dev.accountsecurity.api.ResetToken;
import dev.accountsecurity.api.UserAccount;
import dev.accountsecurity.api.event.SecurityEvent;
import dev.accountsecurity.spi.UserRecord;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class PasswordFlowTest {
  private static final ClientInfo CLIENT = Fixture.CHROME_WINDOWS;
  private final Fixture f = new Fixture();

  private List<PasswordRule> rules(List<PasswordViolation> violations) {
    return violations.stream().map(PasswordViolation::rule).toList();
  }

  @Test
  void change_rightCurrent_replacesHashKeepsHistoryAndEndsOtherSessions() {
    UserAccount user = f.createUser("ana@example.com");
    LoginResult.Authenticated here = f.login("ana@example.com");
    LoginResult.Authenticated there = f.login("ana@example.com");

    PasswordChangeResult result = f.security.passwords().change(user.id(), Fixture.PASSWORD,
        "Brand-New-Pass-9", here.session().id());

    assertEquals(1, assertInstanceOf(PasswordChangeResult.Changed.class, result)
        .sessionsRevoked());
    UserRecord stored = f.users.findById(user.id()).orElseThrow();
    assertEquals(1, stored.passwordHistory().size());
    assertTrue(f.security.sessions().validate(here.token()).isPresent());
    assertTrue(f.security.sessions().validate(there.token()).isEmpty());
    assertEquals(1, f.events(SecurityEvent.PasswordChanged.class).size());
    assertInstanceOf(LoginResult.Authenticated.class,
        f.security.logins().login("ana@example.com", "Brand-New-Pass-9", CLIENT));
  }

  @Test
  void change_wrongCurrent_typedResultNothingChanged() {
    UserAccount user = f.createUser("ana@example.com");
    String before = f.users.findById(user.id()).orElseThrow().password().hash();

    PasswordChangeResult result = f.security.passwords().change(user.id(), "Wrong-Password-1",
        "Brand-New-Pass-9", null);

    assertInstanceOf(PasswordChangeResult.WrongCurrentPassword.class, result);
    assertEquals(before, f.users.findById(user.id()).orElseThrow().password().hash());
  }

  @Test
  void change_sameAsCurrentOrRecent_refused() {
    UserAccount user = f.createUser("ana@example.com");
    f.security.passwords().change(user.id(), Fixture.PASSWORD, "Second-Pass-22", null);

    PasswordChangeResult same = f.security.passwords().change(user.id(), "Second-Pass-22",
        "Second-Pass-22", null);
    PasswordChangeResult recent = f.security.passwords().change(user.id(), "Second-Pass-22",
        Fixture.PASSWORD, null);

    assertEquals(List.of(PasswordRule.SAME_AS_CURRENT), rules(
        assertInstanceOf(PasswordChangeResult.PolicyViolated.class, same).violations()));
    PasswordViolation reused = assertInstanceOf(PasswordChangeResult.PolicyViolated.class,
        recent).violations().get(0);
    assertEquals(PasswordRule.RECENTLY_USED, reused.rule());
    assertEquals("5", reused.parameters().get("remembered"));
  }

  @Test
  void change_weakOrHugeNewPassword_everyViolationNothingChanged() {
    UserAccount user = f.createUser("ana@example.com");
    String before = f.users.findById(user.id()).orElseThrow().password().hash();

    PasswordChangeResult weak = f.security.passwords().change(user.id(), Fixture.PASSWORD,
        "xqzvbk", null);
    PasswordChangeResult huge = f.security.passwords().change(user.id(), Fixture.PASSWORD,
        "Aa1!".repeat(262_144), null);

    assertEquals(List.of(PasswordRule.TOO_SHORT, PasswordRule.MISSING_UPPERCASE,
        PasswordRule.MISSING_DIGIT, PasswordRule.MISSING_SPECIAL), rules(
        assertInstanceOf(PasswordChangeResult.PolicyViolated.class, weak).violations()));
    assertEquals(List.of(PasswordRule.TOO_LONG), rules(
        assertInstanceOf(PasswordChangeResult.PolicyViolated.class, huge).violations()));
    assertEquals(before, f.users.findById(user.id()).orElseThrow().password().hash());
  }

  @Test
  void change_unknownUserAndNulls_typedOrFailFast() {
    assertInstanceOf(PasswordChangeResult.UnknownUser.class, f.security.passwords()
        .change(dev.accountsecurity.api.UserId.of("nobody"), "a", "b", null));
    NullPointerException e = assertThrows(NullPointerException.class,
        () -> f.security.passwords().change(null, "a", "b", null));
    assertEquals("user", e.getMessage());
  }

  @Test
  void reset_requestAnswersAlikeAndTokenWorksOnce() {
    UserAccount user = f.createUser("ana@example.com");
    f.enrol(user.id());

    ResetRequestResult unknown = f.security.passwords().requestReset("nobody@example.com",
        CLIENT);
    ResetRequestResult.Issued issued = assertInstanceOf(ResetRequestResult.Issued.class,
        f.security.passwords().requestReset("Ana@Example.com", CLIENT));

    assertInstanceOf(ResetRequestResult.NotIssued.class, unknown);
    assertEquals(user.id(), issued.user().id());
    assertEquals(f.clock.instant().plus(Duration.ofMinutes(30)), issued.expiresAt());
    assertFalse(issued.toString().contains(issued.token().reveal()));
    ResetResult done = f.security.passwords().completeReset(issued.token(), "Fresh-Start-2026");
    assertEquals(user.id(), assertInstanceOf(ResetResult.Completed.class, done).user());
    assertInstanceOf(ResetResult.InvalidToken.class,
        f.security.passwords().completeReset(issued.token(), "Other-Start-2026"));
    // A reset never signs in, and never skips the second factor.
    assertInstanceOf(LoginResult.SecondFactorRequired.class,
        f.security.logins().login("ana@example.com", "Fresh-Start-2026", CLIENT));
  }

  @Test
  void reset_completing_revokesAllSessionsAndClearsLock() {
    UserAccount user = f.createUser("ana@example.com");
    LoginResult.Authenticated session = f.login("ana@example.com");
    for (int i = 0; i < 10; i++) {
      f.security.logins().login("ana@example.com", "Wrong-Password-1", CLIENT);
      f.clock.advance(Duration.ofMinutes(1));
    }
    ResetToken token = issue("ana@example.com");

    ResetResult result = f.security.passwords().completeReset(token, "Fresh-Start-2026");

    assertEquals(1, assertInstanceOf(ResetResult.Completed.class, result).sessionsRevoked());
    assertTrue(f.security.sessions().validate(session.token()).isEmpty());
    assertEquals(1, f.events(SecurityEvent.PasswordReset.class).size());
    assertInstanceOf(LoginResult.Authenticated.class,
        f.security.logins().login("ana@example.com", "Fresh-Start-2026", CLIENT));
    assertEquals(user.id(), f.events(SecurityEvent.PasswordReset.class).get(0).user());
  }

  @Test
  void reset_expiresAtThirtyMinutes() {
    f.createUser("ana@example.com");
    ResetToken token = issue("ana@example.com");

    f.clock.advance(Duration.ofMinutes(30));

    assertInstanceOf(ResetResult.InvalidToken.class,
        f.security.passwords().completeReset(token, "Fresh-Start-2026"));
  }

  @Test
  void reset_newerTokenReplacesOlder() {
    f.createUser("ana@example.com");
    ResetToken older = issue("ana@example.com");
    ResetToken newer = issue("ana@example.com");

    assertInstanceOf(ResetResult.InvalidToken.class,
        f.security.passwords().completeReset(older, "Fresh-Start-2026"));
    assertInstanceOf(ResetResult.Completed.class,
        f.security.passwords().completeReset(newer, "Fresh-Start-2026"));
  }

  @Test
  void reset_weakPassword_refusedAndTokenStillWorks() {
    f.createUser("ana@example.com");
    ResetToken token = issue("ana@example.com");

    ResetResult weak = f.security.passwords().completeReset(token, "ana@example.com");
    ResetResult reused = f.security.passwords().completeReset(token, Fixture.PASSWORD);

    assertTrue(rules(assertInstanceOf(ResetResult.PolicyViolated.class, weak).violations())
        .contains(PasswordRule.CONTAINS_LOGIN_NAME));
    assertEquals(List.of(PasswordRule.RECENTLY_USED), rules(
        assertInstanceOf(ResetResult.PolicyViolated.class, reused).violations()));
    assertInstanceOf(ResetResult.Completed.class,
        f.security.passwords().completeReset(token, "Fresh-Start-2026"));
  }

  @Test
  void reset_requestsThrottledPerLoginName() {
    f.createUser("ana@example.com");
    for (int i = 0; i < 5; i++) {
      assertInstanceOf(ResetRequestResult.Issued.class,
          f.security.passwords().requestReset("ana@example.com", CLIENT));
    }

    assertInstanceOf(ResetRequestResult.NotIssued.class,
        f.security.passwords().requestReset("ana@example.com", CLIENT));
    f.clock.advance(Duration.ofHours(1));
    assertInstanceOf(ResetRequestResult.Issued.class,
        f.security.passwords().requestReset("ana@example.com", CLIENT));
  }

  @Test
  void reset_forgedTokens_invalid() {
    for (String forged : List.of("", "abc", "x".repeat(43), "%".repeat(128))) {
      assertInstanceOf(ResetResult.InvalidToken.class,
          f.security.passwords().completeReset(ResetToken.of(forged), "Fresh-Start-2026"));
    }
  }

  @Test
  void notMe_disablesPasswordUntilReset() {
    UserAccount user = f.createUser("ana@example.com");
    f.login("ana@example.com");
    var event = f.security.activity().events(user.id(), null, 1).events().get(0);

    assertTrue(f.security.activity().reportNotMe(user.id(), event.id()));

    assertEquals(RefusalReason.PASSWORD_DISABLED, assertInstanceOf(LoginResult.Refused.class,
        f.security.logins().login("ana@example.com", Fixture.PASSWORD, CLIENT)).reason());
    assertInstanceOf(PasswordChangeResult.Throttled.class, f.security.passwords()
        .change(user.id(), Fixture.PASSWORD, "Brand-New-Pass-9", null));
    ResetToken token = issue("ana@example.com");
    assertEquals(List.of(PasswordRule.RECENTLY_USED), rules(assertInstanceOf(
        ResetResult.PolicyViolated.class,
        f.security.passwords().completeReset(token, Fixture.PASSWORD)).violations()));
    assertInstanceOf(ResetResult.Completed.class,
        f.security.passwords().completeReset(token, "Brand-New-Pass-9"));
    assertFalse(assertInstanceOf(LoginResult.Authenticated.class, f.security.logins()
        .login("ana@example.com", "Brand-New-Pass-9", CLIENT)).passwordChangeRequired());
  }

  @Test
  void reset_fivePolicyRefusals_useUpTheToken() {
    f.createUser("ana@example.com");
    ResetToken token = issue("ana@example.com");
    for (int i = 0; i < 5; i++) {
      assertInstanceOf(ResetResult.PolicyViolated.class,
          f.security.passwords().completeReset(token, "guess-" + i));
    }

    assertInstanceOf(ResetResult.InvalidToken.class,
        f.security.passwords().completeReset(token, "Fresh-Start-2026"));
  }

  private ResetToken issue(String loginName) {
    return assertInstanceOf(ResetRequestResult.Issued.class,
        f.security.passwords().requestReset(loginName, CLIENT)).token();
  }
}
