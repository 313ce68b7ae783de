package dev.accountsecurity.testkit;

import static dev.accountsecurity.testkit.TestData.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.accountsecurity.spi.ThrottleState;
import dev.accountsecurity.spi.ThrottleStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link ThrottleStore} keeps, as a JUnit 5 suite.
 *
 * <p>To run it against an implementation, extend it in test sources and return a fresh, empty
 * store from {@link #newStore()}; JUnit runs every test of this class for the subclass:
 *
 * <pre>{@code
 * class RedisThrottleStoreTest extends ThrottleStoreContract {
 *   @Override
 *   protected ThrottleStore newStore() {
 *     redis.flushAll();
 *     return new RedisThrottleStore(redis.client());
 *   }
 * }
 * }</pre>
 *
 * <p>The suite checks counting, clearing, keys of up to 200 characters (longer ones are refused
 * with {@link IllegalArgumentException}), purging, whose cut-off is exclusive, and that
 * concurrent failures under one key answer exactly the counts 1 to N.
 */
public abstract class ThrottleStoreContract {
  private static final Duration MILLI = Duration.ofMillis(1);
  private static final int MAX_KEY_LENGTH = 200;

  private ThrottleStore store;

  /** Creates the suite; subclasses are run by JUnit. */
  protected ThrottleStoreContract() {}

  /**
   * Returns the store under test, empty. Called before each test.
   *
   * @return a fresh store holding no counter
   */
  protected abstract ThrottleStore newStore();

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

  @Test
  void recordFailure_firstUnderKey_countsOne() {
    ThrottleState state = store.recordFailure("account:ada", at(1));

    assertEquals(new ThrottleState("account:ada", 1, at(1)), state);
    assertEquals(Optional.of(state), store.find("account:ada"));
  }

  @Test
  void recordFailure_again_countsUpAndKeepsLatestTime() {
    store.recordFailure("account:ada", at(1));
    store.recordFailure("account:ada", at(2));

    ThrottleState state = store.recordFailure("account:ada", at(3));

    assertEquals(new ThrottleState("account:ada", 3, at(3)), state);
    assertEquals(Optional.of(state), store.find("account:ada"));
  }

  @Test
  void recordFailure_otherKeys_countedApart() {
    store.recordFailure("account:ada", at(1));
    store.recordFailure("account:ada", at(2));

    ThrottleState other = store.recordFailure("ip:203.0.113.7", at(3));

    assertEquals(new ThrottleState("ip:203.0.113.7", 1, at(3)), other);
    assertEquals(Optional.of(new ThrottleState("account:ada", 2, at(2))),
        store.find("account:ada"));
  }

  @Test
  void recordFailure_hostileKeyOfMaximumLength_readBackExactly() {
    String key = TestData.hostileText("totp:o'brien;", MAX_KEY_LENGTH);

    ThrottleState state = store.recordFailure(key, at(1));

    assertEquals(new ThrottleState(key, 1, at(1)), state);
    assertEquals(Optional.of(state), store.find(key));
  }

  @Test
  void recordFailure_keyTooLong_throwsIllegalArgumentAndNothingStored() {
    String key = "k".repeat(MAX_KEY_LENGTH + 1);

    assertThrows(IllegalArgumentException.class, () -> store.recordFailure(key, at(1)));

    assertEquals(0, store.purgeOlderThan(at(1_000_000)));
  }

  @Test
  void find_unknownKey_empty() {
    store.recordFailure("account:ada", at(1));

    assertEquals(Optional.empty(), store.find("account:grace"));
  }

  @Test
  void find_wildcardKey_empty() {
    store.recordFailure("account:ada", at(1));

    assertEquals(Optional.empty(), store.find("account:%"));
    assertEquals(Optional.empty(), store.find("account:ad_"));
  }

  @Test
  void clear_countedKey_forgetsIt() {
    store.recordFailure("account:ada", at(1));
    store.recordFailure("account:ada", at(2));

    store.clear("account:ada");

    assertEquals(Optional.empty(), store.find("account:ada"));
  }

  @Test
  void clear_thenFailure_countsFromOne() {
    store.recordFailure("account:ada", at(1));
    store.clear("account:ada");

    ThrottleState state = store.recordFailure("account:ada", at(5));

    assertEquals(new ThrottleState("account:ada", 1, at(5)), state);
  }

  @Test
  void clear_unknownKey_changesNothing() {
    ThrottleState state = store.recordFailure("account:ada", at(1));

    store.clear("account:grace");

    assertEquals(Optional.of(state), store.find("account:ada"));
  }

  @Test
  void purgeOlderThan_boundaries_deletesStrictlyOlder() {
    Instant cutoff = at(1_000);
    store.recordFailure("old", cutoff.minus(MILLI));
    ThrottleState atCutoff = store.recordFailure("at-cutoff", cutoff);
    ThrottleState newer = store.recordFailure("newer", cutoff.plus(MILLI));

    assertEquals(1, store.purgeOlderThan(cutoff));

    assertEquals(Optional.empty(), store.find("old"));
    assertEquals(Optional.of(atCutoff), store.find("at-cutoff"));
    assertEquals(Optional.of(newer), store.find("newer"));
  }

  @Test
  void purgeOlderThan_keyWithRecentFailure_kept() {
    store.recordFailure("account:ada", at(1));
    ThrottleState recent = store.recordFailure("account:ada", at(2_000));

    assertEquals(0, store.purgeOlderThan(at(1_000)));

    assertEquals(Optional.of(recent), store.find("account:ada"));
  }

  @Test
  void recordFailure_nullKey_throwsNullPointer() {
    assertThrows(NullPointerException.class, () -> store.recordFailure(nullValue(), at(1)));
  }

  @Test
  void recordFailure_nullTime_throwsNullPointerAndNothingStored() {
    assertThrows(NullPointerException.class, () -> store.recordFailure("account:ada", nullValue()));

    assertEquals(Optional.empty(), store.find("account:ada"));
  }

  @Test
  void find_nullKey_throwsNullPointer() {
    assertThrows(NullPointerException.class, () -> store.find(nullValue()));
  }

  @Test
  void recordFailure_concurrentSameKey_countsOneToN() {
    int n = concurrency() * Race.ROUNDS;

    List<List<ThrottleState>> states =
        Race.runRounds(concurrency(), (i, round) -> store.recordFailure("account:ada", at(1)));

    List<Integer> counts = states.stream().flatMap(List::stream).map(ThrottleState::failures)
        .sorted().collect(Collectors.toList());
    assertEquals(IntStream.rangeClosed(1, n).boxed().collect(Collectors.toList()), counts);
    assertEquals(Optional.of(new ThrottleState("account:ada", n, at(1))),
        store.find("account:ada"));
  }

  // Hands a null to a parameter the port declares non-null, to check the store rejects it.
  private static <T> T nullValue() {
    return null;
  }
}
