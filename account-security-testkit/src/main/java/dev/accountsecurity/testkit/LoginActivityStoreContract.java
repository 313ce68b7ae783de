package dev.accountsecurity.testkit;

import static dev.accountsecurity.testkit.TestData.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accountsecurity.api.AddressKind;
import dev.accountsecurity.api.Device;
import dev.accountsecurity.api.DeviceType;
import dev.accountsecurity.api.Factor;
import dev.accountsecurity.api.Location;
import dev.accountsecurity.api.LoginEvent;
import dev.accountsecurity.api.LoginEventId;
import dev.accountsecurity.api.LoginOutcome;
import dev.accountsecurity.api.SessionId;
import dev.accountsecurity.api.UserId;
import dev.accountsecurity.spi.LoginActivityStore;
import dev.accountsecurity.spi.LoginActivityStore.Position;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link LoginActivityStore} keeps, as a JUnit 5 suite.
 *
 * <p>To run it against an implementation, extend it in test sources and return a fresh, empty
 * store from {@link #newStore()}; JUnit runs every test of this class for the subclass:
 *
 * <pre>{@code
 * class RedisLoginActivityStoreTest extends LoginActivityStoreContract {
 *   @Override
 *   protected LoginActivityStore newStore() {
 *     redis.flushAll();
 *     return new RedisLoginActivityStore(redis.client());
 *   }
 * }
 * }</pre>
 *
 * <p>The suite checks that events read back exactly, hostile and longest texts included; that
 * pages run newest first, by time and then by id descending, with an exclusive position; that
 * events of unknown login names belong to no user's list; the questions about earlier sign-ins;
 * purging, whose cut-off is exclusive; and that appends from many threads are all kept. Event
 * ids in the suite are lower-case letters and digits of one length, so any collation orders
 * them as Java does. A store whose schema makes events refer to a users table overrides {@link
 * #ensureUser}.
 */
public abstract class LoginActivityStoreContract {
  private static final Duration MILLI = Duration.ofMillis(1);

  private LoginActivityStore store;

  /** Creates the suite; subclasses are run by JUnit. */
  protected LoginActivityStoreContract() {}

  /**
   * Returns the store under test, empty. Called before each test.
   *
   * @return a fresh store holding no event
   */
  protected abstract LoginActivityStore newStore();

  /**
   * Makes sure a user exists, for stores whose schema refers to a users table. Called before
   * the suite appends an event of the user; the default does nothing.
   *
   * @param user the user
   */
  protected void ensureUser(UserId user) {}

  /**
   * Returns how many threads the concurrency tests race; override for a store with a smaller
   * connection pool.
   *
   * @return the number of threads, 32 by default
   */
  protected int concurrency() {
    return 32;
  }

  @BeforeEach
  void createStore() {
    store = newStore();
  }

  // ---- append and find

  @Test
  void append_everyComponentSet_readBackExactly() {
    UserId user = newUser();
    Location location =
        new Location("AU", "New South Wales", "Sydney", -33.8688, 151.2093, AddressKind.PUBLIC);
    LoginEvent event = new LoginEvent(id("e01"), user, at(1), LoginOutcome.RECOVERY_CODE_USED,
        Factor.RECOVERY_CODE, "2001:db8::7", location,
        new Device("Mobile Safari", "17.4", "iOS", "17.4.1", DeviceType.MOBILE),
        SessionId.of("session-e01"));

    store.append(event);

    assertEquals(Optional.of(event), store.find(event.id()));
    assertEquals(List.of(event), store.page(user, null, 10));
  }

  @Test
  void append_hostileTextsOfMaximumLength_readBackExactly() {
    LoginEvent event = hostileEvent(newUser());

    store.append(event);

    assertEquals(Optional.of(event), store.find(event.id()));
  }

  @Test
  void append_unknownLoginName_foundByIdButInNoUsersList() {
    UserId user = newUser();
    LoginEvent own = appended(TestData.loginEvent(id("e01"), user, at(1), LoginOutcome.SUCCESS));
    LoginEvent anonymous = appended(TestData.loginEvent(
        id("e02"), null, at(2), LoginOutcome.UNKNOWN_LOGIN_NAME));

    assertEquals(Optional.of(anonymous), store.find(anonymous.id()));
    assertEquals(List.of(own), store.page(user, null, 10));
  }

  @Test
  void find_unknownId_empty() {
    appended(TestData.loginEvent(id("e01"), newUser(), at(1), LoginOutcome.SUCCESS));

    assertEquals(Optional.empty(), store.find(id("e02")));
  }

  // ---- paging

  @Test
  void page_firstPage_newestFirstOwnOnly() {
    UserId user = newUser();
    LoginEvent e1 = appended(event("e01", user, at(10)));
    LoginEvent e3 = appended(event("e03", user, at(30)));
    LoginEvent e2 = appended(event("e02", user, at(20)));
    appended(event("e04", newUser(), at(40)));

    assertEquals(List.of(e3, e2, e1), store.page(user, null, 10));
  }

  @Test
  void page_limitSmallerThanList_newestOnly() {
    UserId user = newUser();
    appended(event("e01", user, at(10)));
    LoginEvent e2 = appended(event("e02", user, at(20)));
    LoginEvent e3 = appended(event("e03", user, at(30)));

    assertEquals(List.of(e3, e2), store.page(user, null, 2));
  }

  @Test
  void page_pagesOfTwo_walkEveryEventOnceNewestFirst() {
    UserId user = newUser();
    LoginEvent e1 = appended(event("e01", user, at(10)));
    LoginEvent e2 = appended(event("e02", user, at(20)));
    LoginEvent e3 = appended(event("e03", user, at(20)));
    LoginEvent e4 = appended(event("e04", user, at(30)));
    LoginEvent e5 = appended(event("e05", user, at(40)));

    assertEquals(List.of(e5, e4), store.page(user, null, 2));
    assertEquals(List.of(e3, e2), store.page(user, after(e4), 2));
    assertEquals(List.of(e1), store.page(user, after(e2), 2));
    assertEquals(List.of(), store.page(user, after(e1), 2));
  }

  @Test
  void page_tiesOnTime_brokenByIdDescending() {
    UserId user = newUser();
    LoginEvent e3 = appended(event("e03", user, at(10)));
    LoginEvent e7 = appended(event("e07", user, at(10)));
    LoginEvent e5 = appended(event("e05", user, at(10)));
    LoginEvent older = appended(event("e09", user, at(5)));

    assertEquals(List.of(e7, e5), store.page(user, null, 2));
    assertEquals(List.of(e3, older), store.page(user, after(e5), 2));
  }

  @Test
  void page_positionWithinOneMillisecond_exclusive() {
    UserId user = newUser();
    LoginEvent earlier = appended(event("e01", user, at(10).minus(MILLI)));
    LoginEvent position = appended(event("e02", user, at(10)));
    appended(event("e03", user, at(10).plus(MILLI)));

    assertEquals(List.of(earlier), store.page(user, after(position), 10));
  }

  @Test
  void page_unknownUser_empty() {
    appended(event("e01", newUser(), at(10)));

    assertEquals(List.of(), store.page(TestData.newUserId(), null, 10));
  }

  @Test
  void page_limitZero_throwsIllegalArgument() {
    UserId user = newUser();
    appended(event("e01", user, at(10)));

    assertThrows(IllegalArgumentException.class, () -> store.page(user, null, 0));
  }

  // ---- earlier sign-ins

  @Test
  void hasSignedInFrom_successWithSameBrowserOsAndCountry_true() {
    UserId user = newUser();
    appended(signIn("e01", user, LoginOutcome.SUCCESS, "Firefox", "Linux", "DE"));

    assertTrue(store.hasSignedInFrom(user, "Firefox", "Linux", "DE"));
  }

  @Test
  void hasSignedInFrom_recoveryCodeSignIn_true() {
    UserId user = newUser();
    appended(signIn("e01", user, LoginOutcome.RECOVERY_CODE_USED, "Firefox", "Linux", "DE"));

    assertTrue(store.hasSignedInFrom(user, "Firefox", "Linux", "DE"));
  }

  @Test
  void hasSignedInFrom_emptyCountryBothSides_true() {
    UserId user = newUser();
    appended(signIn("e01", user, LoginOutcome.SUCCESS, "Firefox", "Linux", ""));

    assertTrue(store.hasSignedInFrom(user, "Firefox", "Linux", ""));
  }

  @Test
  void hasSignedInFrom_onlyFailedAttempts_false() {
    UserId user = newUser();
    appended(signIn("e01", user, LoginOutcome.WRONG_PASSWORD, "Firefox", "Linux", "DE"));
    appended(signIn("e02", user, LoginOutcome.SECOND_FACTOR_REQUIRED, "Firefox", "Linux", "DE"));
    appended(signIn("e03", user, LoginOutcome.WRONG_CODE, "Firefox", "Linux", "DE"));

    assertFalse(store.hasSignedInFrom(user, "Firefox", "Linux", "DE"));
  }

  @Test
  void hasSignedInFrom_otherBrowser_false() {
    UserId user = newUser();
    appended(signIn("e01", user, LoginOutcome.SUCCESS, "Firefox", "Linux", "DE"));

    assertFalse(store.hasSignedInFrom(user, "Chrome", "Linux", "DE"));
  }

  @Test
  void hasSignedInFrom_otherOs_false() {
    UserId user = newUser();
    appended(signIn("e01", user, LoginOutcome.SUCCESS, "Firefox", "Linux", "DE"));

    assertFalse(store.hasSignedInFrom(user, "Firefox", "Windows", "DE"));
  }

  @Test
  void hasSignedInFrom_otherCountry_false() {
    UserId user = newUser();
    appended(signIn("e01", user, LoginOutcome.SUCCESS, "Firefox", "Linux", "DE"));

    assertFalse(store.hasSignedInFrom(user, "Firefox", "Linux", "FR"));
    assertFalse(store.hasSignedInFrom(user, "Firefox", "Linux", ""));
  }

  @Test
  void hasSignedInFrom_otherUsersSignIn_false() {
    appended(signIn("e01", newUser(), LoginOutcome.SUCCESS, "Firefox", "Linux", "DE"));

    assertFalse(store.hasSignedInFrom(newUser(), "Firefox", "Linux", "DE"));
  }

  @Test
  void hasSignedInFrom_wildcardsInQuery_false() {
    UserId user = newUser();
    appended(signIn("e01", user, LoginOutcome.SUCCESS, "Firefox", "Linux", "DE"));

    assertFalse(store.hasSignedInFrom(user, "%", "_inux", "D%"));
  }

  @Test
  void latestSignIn_mixedOutcomes_newestSignedIn() {
    UserId user = newUser();
    appended(TestData.loginEvent(id("e01"), user, at(10), LoginOutcome.SUCCESS));
    LoginEvent latest =
        appended(TestData.loginEvent(id("e02"), user, at(20), LoginOutcome.RECOVERY_CODE_USED));
    appended(TestData.loginEvent(id("e03"), user, at(30), LoginOutcome.WRONG_PASSWORD));
    appended(TestData.loginEvent(id("e04"), newUser(), at(40), LoginOutcome.SUCCESS));

    assertEquals(Optional.of(latest), store.latestSignIn(user));
  }

  @Test
  void latestSignIn_noSignIn_empty() {
    UserId user = newUser();
    appended(TestData.loginEvent(id("e01"), user, at(10), LoginOutcome.WRONG_PASSWORD));

    assertEquals(Optional.empty(), store.latestSignIn(user));
  }

  @Test
  void latestSignIn_unknownUser_empty() {
    appended(TestData.loginEvent(id("e01"), newUser(), at(10), LoginOutcome.SUCCESS));

    assertEquals(Optional.empty(), store.latestSignIn(TestData.newUserId()));
  }

  // ---- purging

  @Test
  void purgeOlderThan_boundaries_deletesStrictlyOlderOfEveryUserAndNone() {
    UserId user = newUser();
    Instant cutoff = at(1_000);
    LoginEvent old = appended(event("e01", user, cutoff.minus(MILLI)));
    LoginEvent oldAnonymous = appended(
        TestData.loginEvent(id("e02"), null, cutoff.minus(MILLI), LoginOutcome.UNKNOWN_LOGIN_NAME));
    LoginEvent atCutoff = appended(event("e03", user, cutoff));
    LoginEvent anonymousAtCutoff = appended(
        TestData.loginEvent(id("e04"), null, cutoff, LoginOutcome.UNKNOWN_LOGIN_NAME));

    assertEquals(2, store.purgeOlderThan(cutoff));

    assertEquals(Optional.empty(), store.find(old.id()));
    assertEquals(Optional.empty(), store.find(oldAnonymous.id()));
    assertEquals(Optional.of(anonymousAtCutoff), store.find(anonymousAtCutoff.id()));
    assertEquals(List.of(atCutoff), store.page(user, null, 10));
  }

  @Test
  void purgeOlderThan_nothingOlder_zero() {
    UserId user = newUser();
    LoginEvent event = appended(event("e01", user, at(10)));

    assertEquals(0, store.purgeOlderThan(at(10)));

    assertEquals(List.of(event), store.page(user, null, 10));
  }

  // ---- null arguments

  @Test
  void append_null_throwsNullPointer() {
    assertThrows(NullPointerException.class, () -> store.append(nullValue()));
  }

  @Test
  void find_null_throwsNullPointer() {
    assertThrows(NullPointerException.class, () -> store.find(nullValue()));
  }

  @Test
  void page_nullUser_throwsNullPointer() {
    assertThrows(NullPointerException.class, () -> store.page(nullValue(), null, 10));
  }

  @Test
  void hasSignedInFrom_nullBrowser_throwsNullPointer() {
    UserId user = newUser();

    assertThrows(NullPointerException.class,
        () -> store.hasSignedInFrom(user, nullValue(), "Linux", "DE"));
  }

  // ---- concurrency

  @Test
  void append_thousandFromEightThreads_allKept() {
    UserId user = newUser();
    int threads = Math.min(8, concurrency());
    int perThread = 1_000 / threads;

    Race.run(threads, racer -> {
      for (int i = 0; i < perThread; i++) {
        int n = racer * perThread + i;
        store.append(event(String.format("c%04d", n), user, millisAfterT0(n)));
      }
      return racer;
    });

    List<LoginEvent> all = pageThrough(user, 100, threads * perThread);
    assertEquals(threads * perThread, all.size());
    Set<String> ids = all.stream().map(e -> e.id().value()).collect(Collectors.toSet());
    assertEquals(threads * perThread, ids.size());
    assertEquals(String.format("c%04d", threads * perThread - 1), all.get(0).id().value());
  }

  // ---- helpers

  private UserId newUser() {
    UserId user = TestData.newUserId();
    ensureUser(user);
    return user;
  }

  private LoginEvent appended(LoginEvent event) {
    store.append(event);
    return event;
  }

  // Stops at one page past the expected count, so a cursor that does not move fails the test
  // instead of looping.
  private List<LoginEvent> pageThrough(UserId user, int limit, int expected) {
    List<LoginEvent> all = new ArrayList<>();
    List<LoginEvent> page = store.page(user, null, limit);
    while (!page.isEmpty() && all.size() <= expected) {
      all.addAll(page);
      page = store.page(user, after(page.get(page.size() - 1)), limit);
    }
    return all;
  }

  private static Instant millisAfterT0(long millis) {
    return TestData.T0.plusMillis(millis);
  }

  private static LoginEventId id(String value) {
    return LoginEventId.of(value);
  }

  private static Position after(LoginEvent event) {
    return new Position(event.at(), event.id());
  }

  private static LoginEvent event(String id, @Nullable UserId user, Instant at) {
    return TestData.loginEvent(id(id), user, at, LoginOutcome.WRONG_PASSWORD);
  }

  private static LoginEvent signIn(String id, UserId user, LoginOutcome outcome, String browser,
      String os, String countryCode) {
    return TestData.loginEvent(id(id), user, at(10), outcome, TestData.device(browser, os),
        TestData.location(countryCode));
  }

  private static LoginEvent hostileEvent(UserId user) {
    int longest = TestData.MAX_DEVICE_FIELD_LENGTH;
    Device device = new Device(TestData.hostileText("curl'", longest),
        TestData.hostileText("8.0;", longest), TestData.hostileText("Linux\\", longest),
        TestData.hostileText("6\"", longest), DeviceType.BOT);
    Location location = new Location("JP", TestData.hostileText("東京都'", 80),
        TestData.hostileText("千代田区;", 80), null, null, AddressKind.PUBLIC);
    String ip = TestData.hostileText("fe80::1%", TestData.MAX_IP_ADDRESS_LENGTH);
    return new LoginEvent(LoginEventId.of("e".repeat(TestData.MAX_ID_LENGTH)), user, at(1),
        LoginOutcome.CODE_REUSED, Factor.TOTP, ip, location, device,
        SessionId.of("s".repeat(TestData.MAX_ID_LENGTH)));
  }

  // Hands a null to a parameter the port declares non-null, to check the store rejects it.
  private static <T> T nullValue() {
    return null;
  }
}
