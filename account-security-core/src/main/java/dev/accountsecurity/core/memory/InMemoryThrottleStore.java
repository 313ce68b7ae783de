package dev.accountsecurity.core.memory;

import dev.accountsecurity.spi.ThrottleState;
import dev.accountsecurity.spi.ThrottleStore;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A {@link ThrottleStore} in the heap.
 *
 * <p>Thread-safe and lock-free: each failure is one atomic step on its key's entry, so
 * concurrent failures under one key count 1 to N. Keys longer than {@value #MAX_KEY_LENGTH}
 * characters are refused, which bounds the memory one key can take; the number of keys grows
 * until {@link #purgeOlderThan} runs.
 */
public final class InMemoryThrottleStore implements ThrottleStore {
  /** The longest key, in characters. */
  public static final int MAX_KEY_LENGTH = 200;

  private final ConcurrentMap<String, ThrottleState> byKey = new ConcurrentHashMap<>();

  /** Creates an empty store. */
  public InMemoryThrottleStore() {}

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException if the key is longer than {@value #MAX_KEY_LENGTH}
   *     characters
   */
  @Override
  public ThrottleState recordFailure(String key, Instant at) {
    checkKey(key);
    Objects.requireNonNull(at, "at");
    return byKey.merge(key, new ThrottleState(key, 1, at),
        (old, first) -> new ThrottleState(key, old.failures() + 1, at));
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException if the key is longer than {@value #MAX_KEY_LENGTH}
   *     characters
   */
  @Override
  public Optional<ThrottleState> find(String key) {
    checkKey(key);
    return Optional.ofNullable(byKey.get(key));
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException if the key is longer than {@value #MAX_KEY_LENGTH}
   *     characters
   */
  @Override
  public void clear(String key) {
    checkKey(key);
    byKey.remove(key);
  }

  @Override
  public int purgeOlderThan(Instant cutoff) {
    Objects.requireNonNull(cutoff, "cutoff");
    int purged = 0;
    for (Map.Entry<String, ThrottleState> entry : byKey.entrySet()) {
      ThrottleState state = entry.getValue();
      // Removing only the state seen keeps a failure recorded meanwhile.
      if (state.lastFailureAt().isBefore(cutoff) && byKey.remove(entry.getKey(), state)) {
        purged++;
      }
    }
    return purged;
  }

  private static void checkKey(String key) {
    Objects.requireNonNull(key, "key");
    if (key.length() > MAX_KEY_LENGTH) {
      throw new IllegalArgumentException(
          "key must be at most " + MAX_KEY_LENGTH + " characters but was " + key.length());
    }
  }
}
