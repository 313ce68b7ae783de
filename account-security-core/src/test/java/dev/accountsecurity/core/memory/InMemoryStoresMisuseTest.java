package dev.accountsecurity.core.memory;

import static dev.accountsecurity.testkit.TestData.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.accountsecurity.api.LoginEvent;
import dev.accountsecurity.api.LoginEventId;
import dev.accountsecurity.api.LoginOutcome;
import dev.accountsecurity.api.SessionId;
import dev.accountsecurity.api.UserId;
import dev.accountsecurity.spi.OneTimeToken;
import dev.accountsecurity.spi.SessionRecord;
import dev.accountsecurity.spi.TokenPurpose;
import dev.accountsecurity.spi.UserRecord;
import dev.accountsecurity.testkit.TestData;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the in-memory stores do on misuse the ports leave to each implementation. */
class InMemoryStoresMisuseTest {

  @Test
  void sessionCreate_sameIdAgain_throwsIllegalArgumentAndKeepsTheFirst() {
    InMemorySessionStore store = new InMemorySessionStore();
    UserId user = TestData.newUserId();
    SessionId id = TestData.newSessionId();
    SessionRecord first = TestData.session(id, user, TestData.newTokenHash(), at(1));
    SessionRecord second = TestData.session(id, user, TestData.newTokenHash(), at(2));
    store.create(first);

    assertThrows(IllegalArgumentException.class, () -> store.create(second));

    assertEquals(List.of(first), store.listByUser(user));
    assertEquals(Optional.empty(), store.findByTokenHash(second.tokenHash()));
  }

  @Test
  void sessionCreate_sameTokenHashAgain_throwsIllegalArgumentAndKeepsTheFirst() {
    InMemorySessionStore store = new InMemorySessionStore();
    UserId user = TestData.newUserId();
    SessionRecord first = TestData.session(user, TestData.tokenHash(7));
    SessionRecord second = TestData.session(user, TestData.tokenHash(7));
    store.create(first);

    assertThrows(IllegalArgumentException.class, () -> store.create(second));

    assertEquals(List.of(first), store.listByUser(user));
  }

  @Test
  void append_sameEventIdAgain_throwsIllegalArgumentAndKeepsTheFirst() {
    InMemoryLoginActivityStore store = new InMemoryLoginActivityStore();
    UserId user = TestData.newUserId();
    LoginEventId id = LoginEventId.of("e01");
    LoginEvent first = TestData.loginEvent(id, user, at(1), LoginOutcome.SUCCESS);
    LoginEvent second = TestData.loginEvent(id, user, at(2), LoginOutcome.WRONG_PASSWORD);
    store.append(first);

    assertThrows(IllegalArgumentException.class, () -> store.append(second));

    assertEquals(List.of(first), store.page(user, null, 10));
  }

  @Test
  void issue_sameHashAgain_throwsIllegalArgumentAndKeepsTheFirst() {
    InMemoryOneTimeTokenStore store = new InMemoryOneTimeTokenStore();
    OneTimeToken first = TestData.token(
        TestData.tokenHash(3), TokenPurpose.PASSWORD_RESET, TestData.newUserId(), at(60), 0);
    OneTimeToken second = TestData.token(
        TestData.tokenHash(3), TokenPurpose.LOGIN_CHALLENGE, TestData.newUserId(), at(60), 3);
    store.issue(first, false);

    assertThrows(IllegalArgumentException.class, () -> store.issue(second, false));

    assertEquals(Optional.of(first), store.find(first.hash(), TokenPurpose.PASSWORD_RESET));
  }

  @Test
  void issue_sameHashReplacingOthersOfThatUser_replacesIt() {
    InMemoryOneTimeTokenStore store = new InMemoryOneTimeTokenStore();
    UserId user = TestData.newUserId();
    OneTimeToken first =
        TestData.token(TestData.tokenHash(3), TokenPurpose.PASSWORD_RESET, user, at(60), 0);
    OneTimeToken second =
        TestData.token(TestData.tokenHash(3), TokenPurpose.PASSWORD_RESET, user, at(120), 0);
    store.issue(first, false);

    store.issue(second, true);

    assertEquals(Optional.of(second), store.find(first.hash(), TokenPurpose.PASSWORD_RESET));
  }

  @Test
  void throttleFind_keyTooLong_throwsIllegalArgumentNamingTheRule() {
    InMemoryThrottleStore store = new InMemoryThrottleStore();
    String key = "k".repeat(201);

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> store.find(key));

    assertEquals("key must be at most 200 characters but was 201", e.getMessage());
  }

  @Test
  void throttleClear_keyTooLong_throwsIllegalArgument() {
    InMemoryThrottleStore store = new InMemoryThrottleStore();
    String key = "k".repeat(201);

    assertThrows(IllegalArgumentException.class, () -> store.clear(key));
  }

  @Test
  void replacePassword_negativeHistorySize_messageNamesValueAndRule() {
    InMemoryUserStore store = new InMemoryUserStore();
    UserRecord user = TestData.user("ada@example.com");
    store.create(user);
    String hash = user.password().hash();

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> store.replacePassword(user.id(), hash, TestData.password("p", at(1)), -2));

    assertEquals("historySize must be >= 0 but was -2", e.getMessage());
  }

  @Test
  void advanceTotpStep_nullUser_messageNamesParameter() {
    InMemoryUserStore store = new InMemoryUserStore();

    NullPointerException e =
        assertThrows(NullPointerException.class, () -> store.advanceTotpStep(nullValue(), 1L));

    assertEquals("id", e.getMessage());
  }

  @Test
  void enableTotp_nullCodes_messageNamesParameter() {
    InMemoryUserStore store = new InMemoryUserStore();
    UserId id = TestData.newUserId();

    NullPointerException e = assertThrows(NullPointerException.class,
        () -> store.enableTotp(id, TestData.pendingTotp("p", at(60)), 1L, nullValue()));

    assertEquals("recoveryCodes", e.getMessage());
  }

  @Test
  void revokeAll_nullUser_messageNamesParameter() {
    InMemorySessionStore store = new InMemorySessionStore();

    NullPointerException e =
        assertThrows(NullPointerException.class, () -> store.revokeAll(nullValue(), null));

    assertEquals("user", e.getMessage());
  }

  @Test
  void page_nullUser_messageNamesParameter() {
    InMemoryLoginActivityStore store = new InMemoryLoginActivityStore();

    NullPointerException e =
        assertThrows(NullPointerException.class, () -> store.page(nullValue(), null, 10));

    assertEquals("user", e.getMessage());
  }

  // Hands a null to a parameter declared non-null, to check the store rejects it by name.
  private static <T> T nullValue() {
    return null;
  }
}
