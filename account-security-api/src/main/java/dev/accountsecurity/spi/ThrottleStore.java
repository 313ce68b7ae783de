package dev.accountsecurity.spi;

import java.time.Instant;
import java.util.Optional;

/**
 * Counters of failures in a row, kept in the store so they hold across service instances.
 * Implementations are thread-safe.
 */
public interface ThrottleStore {

  /**
   * Atomically adds one failure under the key. Of N concurrent calls, the answers count 1 to N.
   *
   * @param key the key, at most 200 characters
   * @param at when the failure happened
   * @return the state after this failure
   * @throws IllegalArgumentException if the key is longer than 200 characters
   */
  ThrottleState recordFailure(String key, Instant at);

  /**
   * Reads the state under the key.
   *
   * @param key the key
   * @return the state, or empty when there is no failure since the last success
   */
  Optional<ThrottleState> find(String key);

  /**
   * Forgets the failures under the key, after a success.
   *
   * @param key the key
   */
  void clear(String key);

  /**
   * Deletes counters whose last failure is older than the given time.
   *
   * @param cutoff counters last failed before this are deleted
   * @return how many were deleted
   */
  int purgeOlderThan(Instant cutoff);
}
