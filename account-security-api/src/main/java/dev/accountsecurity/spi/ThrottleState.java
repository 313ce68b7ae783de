package dev.accountsecurity.spi;

import java.time.Instant;
import java.util.Objects;

/**
 * Failures in a row under one key (an account, an IP address, a user's second factor).
 *
 * @param key the key
 * @param failures failures since the last success
 * @param lastFailureAt when the last one happened
 */
public record ThrottleState(String key, int failures, Instant lastFailureAt) {

  /**
   * Checks the components.
   *
   * @param key the key
   * @param failures failures since the last success
   * @param lastFailureAt when the last one happened
   * @throws NullPointerException if a component is null
   */
  public ThrottleState {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(lastFailureAt, "lastFailureAt");
  }
}
