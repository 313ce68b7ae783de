package dev.accountsecurity.testkit;

import static dev.accountsecurity.testkit.TestData.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accountsecurity.api.UserId;
import dev.accountsecurity.spi.OneTimeToken;
import dev.accountsecurity.spi.OneTimeTokenStore;
import dev.accountsecurity.spi.TokenHash;
import dev.accountsecurity.spi.TokenPurpose;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link OneTimeTokenStore} keeps, as a JUnit 5 suite.
 *
 * <p>To run it against an implementation, extend it in test sources and return a fresh, empty
 * store from {@link #newStore()}; JUnit runs every test of this class for the subclass:
 *
 * <pre>{@code
 * class RedisOneTimeTokenStoreTest extends OneTimeTokenStoreContract {
 *   @Override
 *   protected OneTimeTokenStore newStore() {
 *     redis.flushAll();
 *     return new RedisOneTimeTokenStore(redis.client());
 *   }
 * }
 * }</pre>
 *
 * <p>The suite checks that tokens read back exactly and only with their purpose; that issuing
 * with {@code replaceOthers} leaves exactly one token of the user and purpose, even when issues
 * race; that a token is consumed once; that attempts count down to deletion (a token is deleted
 * when its last attempt is spent, and the call spending it answers 0); and purging, whose
 * cut-off is exclusive. A store whose schema makes tokens refer to a users table overrides
 * {@link #ensureUser}.
 */
public abstract class OneTimeTokenStoreContract {
  private static final TokenPurpose RESET = TokenPurpose.PASSWORD_RESET;
  private static final TokenPurpose CHALLENGE = TokenPurpose.LOGIN_CHALLENGE;
  private static final Duration MILLI = Duration.ofMillis(1);

  private OneTimeTokenStore store;

  /** Creates the suite; subclasses are run by JUnit. */
  protected OneTimeTokenStoreContract() {}

  /**
   * Returns the store under test, empty. Called before each test.
   *
   * @return a fresh store holding no token
   */
  protected abstract OneTimeTokenStore newStore();

  /**
   * Makes sure a user exists, for stores whose schema refers to a users table. Called before
   * the suite issues a token to the user; the default does nothing.
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

  // ---- issue and find

  @Test
  void issue_newToken_foundWithItsPurpose() {
    OneTimeToken token = issued(token(newUser(), RESET, 0), false);

    assertEquals(Optional.of(token), store.find(token.hash(), RESET));
  }

  @Test
  void issue_challengeWithAttempts_readBackExactly() {
    OneTimeToken token = issued(token(newUser(), CHALLENGE, 5), false);

    assertEquals(Optional.of(token), store.find(token.hash(), CHALLENGE));
  }

  @Test
  void find_otherPurpose_empty() {
    OneTimeToken token = issued(token(newUser(), RESET, 0), false);

    assertEquals(Optional.empty(), store.find(token.hash(), CHALLENGE));
  }

  @Test
  void find_unknownHash_empty() {
    issued(token(newUser(), RESET, 0), false);

    assertEquals(Optional.empty(), store.find(TestData.newTokenHash(), RESET));
  }

  @Test
  void find_expiredToken_stillFound() {
    OneTimeToken token = issued(
        TestData.token(TestData.newTokenHash(), RESET, newUser(), at(-3_600), 0), false);

    assertEquals(Optional.of(token), store.find(token.hash(), RESET));
  }

  @Test
  void issue_replacingOthers_deletesOnlyTheUsersTokensOfThatPurpose() {
    UserId user = newUser();
    OneTimeToken old1 = issued(token(user, RESET, 0), false);
    OneTimeToken old2 = issued(token(user, RESET, 0), false);
    OneTimeToken challenge = issued(token(user, CHALLENGE, 3), false);
    OneTimeToken othersReset = issued(token(newUser(), RESET, 0), false);

    OneTimeToken fresh = issued(token(user, RESET, 0), true);

    assertEquals(Optional.empty(), store.find(old1.hash(), RESET));
    assertEquals(Optional.empty(), store.find(old2.hash(), RESET));
    assertEquals(Optional.of(fresh), store.find(fresh.hash(), RESET));
    assertEquals(Optional.of(challenge), store.find(challenge.hash(), CHALLENGE));
    assertEquals(Optional.of(othersReset), store.find(othersReset.hash(), RESET));
  }

  @Test
  void issue_keepingOthers_keepsEarlierTokens() {
    UserId user = newUser();
    OneTimeToken first = issued(token(user, RESET, 0), false);

    OneTimeToken second = issued(token(user, RESET, 0), false);

    assertEquals(Optional.of(first), store.find(first.hash(), RESET));
    assertEquals(Optional.of(second), store.find(second.hash(), RESET));
  }

  // ---- consume

  @Test
  void consume_issuedToken_trueAndGone() {
    OneTimeToken token = issued(token(newUser(), RESET, 0), false);

    assertTrue(store.consume(token.hash(), RESET));

    assertEquals(Optional.empty(), store.find(token.hash(), RESET));
  }

  @Test
  void consume_twice_secondFalse() {
    OneTimeToken token = issued(token(newUser(), RESET, 0), false);
    assertTrue(store.consume(token.hash(), RESET));

    assertFalse(store.consume(token.hash(), RESET));
  }

  @Test
  void consume_otherPurpose_falseAndKept() {
    OneTimeToken token = issued(token(newUser(), CHALLENGE, 3), false);

    assertFalse(store.consume(token.hash(), RESET));

    assertEquals(Optional.of(token), store.find(token.hash(), CHALLENGE));
  }

  @Test
  void consume_unknownHash_false() {
    OneTimeToken token = issued(token(newUser(), RESET, 0), false);

    assertFalse(store.consume(TestData.newTokenHash(), RESET));

    assertEquals(Optional.of(token), store.find(token.hash(), RESET));
  }

  // ---- attempts

  @Test
  void spendAttempt_threeAttempts_countsDownAndDeletesAtZero() {
    OneTimeToken token = issued(token(newUser(), CHALLENGE, 3), false);

    assertEquals(2, store.spendAttempt(token.hash(), CHALLENGE));
    assertEquals(Optional.of(withAttempts(token, 2)), store.find(token.hash(), CHALLENGE));
    assertEquals(1, store.spendAttempt(token.hash(), CHALLENGE));
    assertEquals(0, store.spendAttempt(token.hash(), CHALLENGE));
    assertEquals(Optional.empty(), store.find(token.hash(), CHALLENGE));
    assertEquals(-1, store.spendAttempt(token.hash(), CHALLENGE));
  }

  @Test
  void spendAttempt_noneLeft_minusOneAndDeleted() {
    OneTimeToken token = issued(token(newUser(), CHALLENGE, 0), false);

    assertEquals(-1, store.spendAttempt(token.hash(), CHALLENGE));

    assertEquals(Optional.empty(), store.find(token.hash(), CHALLENGE));
  }

  @Test
  void spendAttempt_otherPurpose_minusOneAndUnchanged() {
    OneTimeToken token = issued(token(newUser(), CHALLENGE, 3), false);

    assertEquals(-1, store.spendAttempt(token.hash(), RESET));

    assertEquals(Optional.of(token), store.find(token.hash(), CHALLENGE));
  }

  @Test
  void spendAttempt_unknownHash_minusOne() {
    assertEquals(-1, store.spendAttempt(TestData.newTokenHash(), CHALLENGE));
  }

  // ---- revoke and purge

  @Test
  void revokeAll_userAndPurpose_deletesThoseOnlyAndCountsThem() {
    UserId user = newUser();
    OneTimeToken reset1 = issued(token(user, RESET, 0), false);
    OneTimeToken reset2 = issued(token(user, RESET, 0), false);
    OneTimeToken challenge = issued(token(user, CHALLENGE, 3), false);
    OneTimeToken othersReset = issued(token(newUser(), RESET, 0), false);

    assertEquals(2, store.revokeAll(user, RESET));

    assertEquals(Optional.empty(), store.find(reset1.hash(), RESET));
    assertEquals(Optional.empty(), store.find(reset2.hash(), RESET));
    assertEquals(Optional.of(challenge), store.find(challenge.hash(), CHALLENGE));
    assertEquals(Optional.of(othersReset), store.find(othersReset.hash(), RESET));
  }

  @Test
  void revokeAll_userWithoutTokens_zero() {
    OneTimeToken other = issued(token(newUser(), RESET, 0), false);

    assertEquals(0, store.revokeAll(TestData.newUserId(), RESET));

    assertEquals(Optional.of(other), store.find(other.hash(), RESET));
  }

  @Test
  void purgeExpired_boundaries_deletesStrictlyExpired() {
    UserId user = newUser();
    Instant now = at(1_000);
    OneTimeToken expired = issued(expiringAt(user, now.minus(MILLI)), false);
    OneTimeToken expiringNow = issued(expiringAt(user, now), false);
    OneTimeToken later = issued(expiringAt(user, now.plus(MILLI)), false);

    assertEquals(1, store.purgeExpired(now));

    assertEquals(Optional.empty(), store.find(expired.hash(), RESET));
    assertEquals(Optional.of(expiringNow), store.find(expiringNow.hash(), RESET));
    assertEquals(Optional.of(later), store.find(later.hash(), RESET));
  }

  // ---- null arguments

  @Test
  void issue_null_throwsNullPointer() {
    assertThrows(NullPointerException.class, () -> store.issue(nullValue(), true));
  }

  @Test
  void find_nullPurpose_throwsNullPointer() {
    TokenHash hash = TestData.newTokenHash();

    assertThrows(NullPointerException.class, () -> store.find(hash, nullValue()));
  }

  @Test
  void consume_nullHash_throwsNullPointer() {
    assertThrows(NullPointerException.class, () -> store.consume(nullValue(), RESET));
  }

  @Test
  void spendAttempt_nullPurpose_throwsNullPointerAndNothingChanged() {
    OneTimeToken token = issued(token(newUser(), CHALLENGE, 3), false);
    TokenHash hash = token.hash();

    assertThrows(NullPointerException.class, () -> store.spendAttempt(hash, nullValue()));

    assertEquals(Optional.of(token), store.find(hash, CHALLENGE));
  }

  // ---- concurrency: each racer runs Race.ROUNDS rounds, so that the threads overlap

  @Test
  void consume_concurrentSameTokens_exactlyOneTruePerToken() {
    UserId user = newUser();
    List<OneTimeToken> tokens = new ArrayList<>();
    for (int round = 0; round < Race.ROUNDS; round++) {
      tokens.add(issued(token(user, RESET, 0), false));
    }

    List<List<Boolean>> answers = Race.runRounds(concurrency(),
        (i, round) -> store.consume(tokens.get(round).hash(), RESET));

    assertEquals(Race.oneWinnerPerRound(), Race.countTruePerRound(answers));
    assertEquals(0, store.revokeAll(user, RESET));
  }

  @Test
  void spendAttempt_concurrent_eachAttemptSpentOnce() {
    int calls = concurrency() * Race.ROUNDS;
    int attempts = calls / 2;
    OneTimeToken token = issued(token(newUser(), CHALLENGE, attempts), false);

    List<List<Integer>> answers = Race.runRounds(concurrency(),
        (i, round) -> store.spendAttempt(token.hash(), CHALLENGE));

    List<Integer> sorted = answers.stream().flatMap(List::stream).sorted()
        .collect(Collectors.toList());
    List<Integer> expected = new ArrayList<>(Collections.nCopies(calls - attempts, -1));
    for (int left = 0; left < attempts; left++) {
      expected.add(left);
    }
    assertEquals(expected, sorted);
    assertEquals(Optional.empty(), store.find(token.hash(), CHALLENGE));
  }

  @Test
  void issue_concurrentReplacingOthers_exactlyOneLeftPerUser() {
    List<UserId> users = new ArrayList<>();
    OneTimeToken[][] racers = new OneTimeToken[concurrency()][Race.ROUNDS];
    for (int round = 0; round < Race.ROUNDS; round++) {
      users.add(newUser());
      for (OneTimeToken[] racer : racers) {
        racer[round] = token(users.get(round), RESET, 0);
      }
    }

    Race.runRounds(concurrency(), (i, round) -> {
      store.issue(racers[i][round], true);
      return i;
    });

    List<Integer> left = users.stream().map(user -> store.revokeAll(user, RESET))
        .collect(Collectors.toList());
    assertEquals(Collections.nCopies(Race.ROUNDS, 1), left);
  }

  // ---- helpers

  private UserId newUser() {
    UserId user = TestData.newUserId();
    ensureUser(user);
    return user;
  }

  private OneTimeToken issued(OneTimeToken token, boolean replaceOthers) {
    store.issue(token, replaceOthers);
    return token;
  }

  private static OneTimeToken token(UserId user, TokenPurpose purpose, int attempts) {
    return TestData.token(TestData.newTokenHash(), purpose, user, at(3_600), attempts);
  }

  private static OneTimeToken expiringAt(UserId user, Instant expiresAt) {
    return TestData.token(TestData.newTokenHash(), RESET, user, expiresAt, 0);
  }

  private static OneTimeToken withAttempts(OneTimeToken t, int attemptsLeft) {
    return new OneTimeToken(t.hash(), t.purpose(), t.user(), t.expiresAt(), attemptsLeft);
  }

  // Hands a null to a parameter the port declares non-null, to check the store rejects it.
  private static <T> T nullValue() {
    return null;
  }
}
