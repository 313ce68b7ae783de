package dev.accountsecurity.examples.web;

import java.time.Duration;

/** Whole seconds to wait, rounded up, as the Retry-After header and the JSON carry them. */
final class RetryAfter {
  private RetryAfter() {}

  static long seconds(Duration wait) {
    return Math.max(1, (wait.toMillis() + 999) / 1000);
  }
}
