package dev.accountsecurity.testkit;

import static dev.accountsecurity.testkit.TestData.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accountsecurity.api.AddressKind;
import dev.accountsecurity.api.Device;
import dev.accountsecurity.api.DeviceType;
import dev.accountsecurity.api.Location;
import dev.accountsecurity.api.Session;
import dev.accountsecurity.api.SessionId;
import dev.accountsecurity.api.UserId;
import dev.accountsecurity.spi.SessionRecord;
import dev.accountsecurity.spi.SessionStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link SessionStore} keeps, as a JUnit 5 suite.
 *
 * <p>To run it against an implementation, extend it in test sources and return a fresh, empty
 * store from {@link #newStore()}; JUnit runs every test of this class for the subclass:
 *
 * <pre>{@code
 * class RedisSessionStoreTest extends SessionStoreContract {
 *   @Override
 *   protected SessionStore newStore() {
 *     redis.flushAll();
 *     return new RedisSessionStore(redis.client());
 *   }
 * }
 * }</pre>
 *
 * <p>The suite checks that sessions read back exactly, hostile and longest texts included; that
 * touching only moves the last-seen time forward; that listings are newest first; that a user
 * revokes only their own sessions; and the boundaries of purging, which are exclusive: a session
 * expiring exactly now, or last seen exactly at the idle cut-off, is kept. A store whose schema
 * makes sessions refer to a users table overrides {@link #ensureUser}.
 */
public abstract class SessionStoreContract {
  private static final Instant NOW = at(100_000);
  private static final Instant IDLE_BEFORE = at(50_000);
  private static final Duration MILLI = Duration.ofMillis(1);

  private SessionStore store;

  /** Creates the suite; subclasses are run by JUnit. */
  protected SessionStoreContract() {}

  /**
   * Returns the store under test, empty. Called before each test.
   *
   * @return a fresh store holding no session
   */
  protected abstract SessionStore newStore();

  /**
   * Makes sure a user exists, for stores whose schema refers to a users table. Called before
   * the suite stores a session of the user; the default does nothing.
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

  // ---- create and find

  @Test
  void create_newSession_foundByTokenHash() {
    SessionRecord session = stored(TestData.session(newUser(), TestData.newTokenHash()));

    assertEquals(Optional.of(session), store.findByTokenHash(session.tokenHash()));
  }

  @Test
  void create_hostileTextsOfMaximumLength_readBackExactly() {
    SessionRecord session = stored(hostileSession(newUser()));

    assertEquals(Optional.of(session), store.findByTokenHash(session.tokenHash()));
    assertEquals(List.of(session), store.listByUser(session.session().user()));
  }

  @Test
  void create_locationWithoutCoordinates_readBackExactly() {
    SessionRecord plain = TestData.session(newUser(), TestData.newTokenHash());
    Session s = plain.session();
    Session unknown = new Session(s.id(), s.user(), s.createdAt(), s.lastSeenAt(),
        s.authenticatedAt(), true, "", Location.unknown(AddressKind.INVALID), Device.unknown());
    SessionRecord session = stored(new SessionRecord(unknown, plain.tokenHash(), at(1)));

    assertEquals(Optional.of(session), store.findByTokenHash(session.tokenHash()));
  }

  @Test
  void findByTokenHash_unknownHash_empty() {
    stored(TestData.session(newUser(), TestData.tokenHash(1)));

    assertEquals(Optional.empty(), store.findByTokenHash(TestData.tokenHash(2)));
  }

  // ---- touch and re-authentication

  @Test
  void touch_laterTime_movesLastSeen() {
    SessionRecord session = stored(TestData.session(newUser(), TestData.newTokenHash()));

    store.touch(id(session), at(120));

    assertEquals(withLastSeen(session, at(120)), reload(session));
  }

  @Test
  void touch_earlierTime_leavesLastSeen() {
    SessionRecord session = stored(TestData.session(newUser(), TestData.newTokenHash()));
    store.touch(id(session), at(120));

    store.touch(id(session), at(60));

    assertEquals(withLastSeen(session, at(120)), reload(session));
  }

  @Test
  void touch_unknownSession_changesNothing() {
    SessionRecord session = stored(TestData.session(newUser(), TestData.newTokenHash()));

    store.touch(TestData.newSessionId(), at(120));

    assertEquals(List.of(session), store.listByUser(session.session().user()));
  }

  @Test
  void reauthenticated_withSecondFactor_setsTimeAndVerified() {
    SessionRecord session = stored(TestData.session(newUser(), TestData.newTokenHash()));

    assertTrue(store.reauthenticated(id(session), at(300), true));

    assertEquals(withAuthentication(session, at(300), true), reload(session));
  }

  @Test
  void reauthenticated_withoutSecondFactor_keepsVerifiedSessionVerified() {
    SessionRecord session = stored(
        withAuthentication(TestData.session(newUser(), TestData.newTokenHash()), at(0), true));

    assertTrue(store.reauthenticated(id(session), at(300), false));

    assertEquals(withAuthentication(session, at(300), true), reload(session));
  }

  @Test
  void reauthenticated_unverifiedWithoutSecondFactor_staysUnverified() {
    SessionRecord session = stored(TestData.session(newUser(), TestData.newTokenHash()));

    assertTrue(store.reauthenticated(id(session), at(300), false));

    assertEquals(withAuthentication(session, at(300), false), reload(session));
  }

  @Test
  void reauthenticated_unknownSession_falseAndNothingChanged() {
    SessionRecord session = stored(TestData.session(newUser(), TestData.newTokenHash()));

    assertFalse(store.reauthenticated(TestData.newSessionId(), at(300), true));

    assertEquals(session, reload(session));
  }

  // ---- listing

  @Test
  void listByUser_severalSessions_newestFirstAndOwnOnly() {
    UserId user = newUser();
    SessionRecord first = stored(session(user, at(10)));
    SessionRecord third = stored(session(user, at(30)));
    SessionRecord second = stored(session(user, at(20)));
    stored(session(newUser(), at(40)));

    assertEquals(List.of(third, second, first), store.listByUser(user));
  }

  @Test
  void listByUser_unknownUser_empty() {
    stored(TestData.session(newUser(), TestData.newTokenHash()));

    assertEquals(List.of(), store.listByUser(TestData.newUserId()));
  }

  // ---- revocation

  @Test
  void revoke_ownSession_trueAndGone() {
    UserId user = newUser();
    SessionRecord kept = stored(session(user, at(10)));
    SessionRecord revoked = stored(session(user, at(20)));

    assertTrue(store.revoke(user, id(revoked)));

    assertEquals(Optional.empty(), store.findByTokenHash(revoked.tokenHash()));
    assertEquals(List.of(kept), store.listByUser(user));
  }

  @Test
  void revoke_otherUsersSession_falseAndStillThere() {
    SessionRecord victim = stored(TestData.session(newUser(), TestData.newTokenHash()));
    UserId attacker = newUser();

    assertFalse(store.revoke(attacker, id(victim)));

    assertEquals(Optional.of(victim), store.findByTokenHash(victim.tokenHash()));
  }

  @Test
  void revoke_twice_secondFalse() {
    SessionRecord session = stored(TestData.session(newUser(), TestData.newTokenHash()));
    assertTrue(store.revoke(session.session().user(), id(session)));

    assertFalse(store.revoke(session.session().user(), id(session)));
  }

  @Test
  void revoke_unknownSession_falseAndNothingChanged() {
    SessionRecord session = stored(TestData.session(newUser(), TestData.newTokenHash()));

    assertFalse(store.revoke(session.session().user(), TestData.newSessionId()));

    assertEquals(Optional.of(session), store.findByTokenHash(session.tokenHash()));
  }

  @Test
  void revokeAll_noneKept_deletesEveryOwnSessionAndCountsThem() {
    UserId user = newUser();
    List<SessionRecord> own = List.of(
        stored(session(user, at(1))), stored(session(user, at(2))), stored(session(user, at(3))));
    SessionRecord other = stored(TestData.session(newUser(), TestData.newTokenHash()));

    assertEquals(3, store.revokeAll(user, null));

    assertEquals(List.of(), store.listByUser(user));
    for (SessionRecord session : own) {
      assertEquals(Optional.empty(), store.findByTokenHash(session.tokenHash()));
    }
    assertEquals(Optional.of(other), store.findByTokenHash(other.tokenHash()));
  }

  @Test
  void revokeAll_oneKept_deletesTheOthers() {
    UserId user = newUser();
    stored(session(user, at(1)));
    SessionRecord kept = stored(session(user, at(2)));
    stored(session(user, at(3)));

    assertEquals(2, store.revokeAll(user, id(kept)));

    assertEquals(List.of(kept), store.listByUser(user));
  }

  @Test
  void revokeAll_keepingOtherUsersSession_deletesEveryOwnAndNoOther() {
    UserId user = newUser();
    stored(session(user, at(1)));
    stored(session(user, at(2)));
    SessionRecord other = stored(TestData.session(newUser(), TestData.newTokenHash()));

    assertEquals(2, store.revokeAll(user, id(other)));

    assertEquals(List.of(), store.listByUser(user));
    assertEquals(Optional.of(other), store.findByTokenHash(other.tokenHash()));
  }

  @Test
  void revokeAll_userWithoutSessions_zero() {
    SessionRecord other = stored(TestData.session(newUser(), TestData.newTokenHash()));

    assertEquals(0, store.revokeAll(TestData.newUserId(), null));

    assertEquals(Optional.of(other), store.findByTokenHash(other.tokenHash()));
  }

  // ---- purging

  @Test
  void purgeExpired_boundaries_deletesOnlyStrictlyPastOnes() {
    UserId user = newUser();
    SessionRecord expired = stored(session(user, at(1), at(60_000), NOW.minus(MILLI)));
    SessionRecord expiringNow = stored(session(user, at(2), at(60_000), NOW));
    SessionRecord idle = stored(session(user, at(3), IDLE_BEFORE.minus(MILLI), at(200_000)));
    SessionRecord idleNow = stored(session(user, at(4), IDLE_BEFORE, at(200_000)));

    assertEquals(2, store.purgeExpired(NOW, IDLE_BEFORE));

    assertEquals(List.of(idleNow, expiringNow), store.listByUser(user));
    assertEquals(Optional.empty(), store.findByTokenHash(expired.tokenHash()));
    assertEquals(Optional.empty(), store.findByTokenHash(idle.tokenHash()));
  }

  @Test
  void purgeExpired_nothingExpired_zeroAndNothingChanged() {
    SessionRecord session = stored(session(newUser(), at(1), at(60_000), at(200_000)));

    assertEquals(0, store.purgeExpired(NOW, IDLE_BEFORE));

    assertEquals(session, reload(session));
  }

  // ---- null arguments

  @Test
  void create_null_throwsNullPointer() {
    assertThrows(NullPointerException.class, () -> store.create(nullValue()));
  }

  @Test
  void findByTokenHash_null_throwsNullPointer() {
    assertThrows(NullPointerException.class, () -> store.findByTokenHash(nullValue()));
  }

  @Test
  void touch_nullTime_throwsNullPointerAndNothingChanged() {
    SessionRecord session = stored(TestData.session(newUser(), TestData.newTokenHash()));
    SessionId id = id(session);

    assertThrows(NullPointerException.class, () -> store.touch(id, nullValue()));

    assertEquals(session, reload(session));
  }

  @Test
  void revoke_nullSession_throwsNullPointer() {
    UserId user = newUser();

    assertThrows(NullPointerException.class, () -> store.revoke(user, nullValue()));
  }

  // ---- concurrency: each racer runs Race.ROUNDS rounds, so that the threads overlap

  @Test
  void revoke_concurrentSameSessions_exactlyOneTruePerSession() {
    UserId user = newUser();
    List<SessionRecord> sessions = new ArrayList<>();
    for (int round = 0; round < Race.ROUNDS; round++) {
      sessions.add(stored(session(user, at(round))));
    }

    List<List<Boolean>> answers = Race.runRounds(concurrency(),
        (i, round) -> store.revoke(user, id(sessions.get(round))));

    assertEquals(Race.oneWinnerPerRound(), Race.countTruePerRound(answers));
    assertEquals(List.of(), store.listByUser(user));
  }

  @Test
  void touch_concurrentTimes_keepsLatest() {
    SessionRecord session = stored(TestData.session(newUser(), TestData.newTokenHash()));
    int racers = concurrency();

    Race.runRounds(racers, (i, round) -> {
      store.touch(id(session), at(1L + round * racers + i));
      return i;
    });

    assertEquals(withLastSeen(session, at((long) Race.ROUNDS * racers)), reload(session));
  }

  // ---- helpers

  private UserId newUser() {
    UserId user = TestData.newUserId();
    ensureUser(user);
    return user;
  }

  private SessionRecord stored(SessionRecord session) {
    store.create(session);
    return session;
  }

  private SessionRecord reload(SessionRecord session) {
    return store.findByTokenHash(session.tokenHash())
        .orElseThrow(() -> new AssertionError("session is gone"));
  }

  private static SessionId id(SessionRecord session) {
    return session.session().id();
  }

  private static SessionRecord session(UserId user, Instant createdAt) {
    return TestData.session(TestData.newSessionId(), user, TestData.newTokenHash(), createdAt);
  }

  private static SessionRecord session(
      UserId user, Instant createdAt, Instant lastSeenAt, Instant expiresAt) {
    SessionRecord plain = withLastSeen(session(user, createdAt), lastSeenAt);
    return new SessionRecord(plain.session(), plain.tokenHash(), expiresAt);
  }

  private static SessionRecord hostileSession(UserId user) {
    int longest = TestData.MAX_DEVICE_FIELD_LENGTH;
    Device device = new Device(TestData.hostileText("Mozilla'", longest),
        TestData.hostileText("1.0;", longest), TestData.hostileText("Win\\dows", longest),
        TestData.hostileText("10\"", longest), DeviceType.TABLET);
    Location location = new Location("NZ", TestData.hostileText("Ōtautahi'", 80),
        TestData.hostileText("Te Whanganui-a-Tara;", 80), -41.2865, 174.7762,
        AddressKind.PUBLIC);
    SessionId id = SessionId.of("s".repeat(TestData.MAX_ID_LENGTH));
    String ip = TestData.hostileText("2001:db8::1%", TestData.MAX_IP_ADDRESS_LENGTH);
    Session session = new Session(
        id, user, at(1), at(2), at(3), true, ip, location, device);
    return new SessionRecord(session, TestData.newTokenHash(), at(86_400));
  }

  private static SessionRecord withLastSeen(SessionRecord r, Instant lastSeenAt) {
    Session s = r.session();
    Session touched = new Session(s.id(), s.user(), s.createdAt(), lastSeenAt,
        s.authenticatedAt(), s.twoFactorVerified(), s.ipAddress(), s.location(), s.device());
    return new SessionRecord(touched, r.tokenHash(), r.expiresAt());
  }

  private static SessionRecord withAuthentication(
      SessionRecord r, Instant authenticatedAt, boolean twoFactorVerified) {
    Session s = r.session();
    Session proven = new Session(s.id(), s.user(), s.createdAt(), s.lastSeenAt(),
        authenticatedAt, twoFactorVerified, s.ipAddress(), s.location(), s.device());
    return new SessionRecord(proven, r.tokenHash(), r.expiresAt());
  }

  // Hands a null to a parameter the port declares non-null, to check the store rejects it.
  private static <T> T nullValue() {
    return null;
  }
}
