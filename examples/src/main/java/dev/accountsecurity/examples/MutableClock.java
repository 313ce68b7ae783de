package dev.accountsecurity.examples;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that stands still until it is moved: the demo steps time forward (to the next TOTP
 * step, past a throttling delay) without sleeping, and tests do the same. Thread-safe.
 */
public final class MutableClock extends Clock {
  private final AtomicReference<Instant> now;

  private MutableClock(Instant start) {
    this.now = new AtomicReference<>(start);
  }

  /**
   * Returns a clock standing at an instant.
   *
   * @param start the instant
   * @return the clock
   */
  public static MutableClock at(Instant start) {
    return new MutableClock(Objects.requireNonNull(start, "start"));
  }

  /**
   * Returns a clock standing at the start of the current 30-second period, so that every
   * advance by 30 seconds reaches the next TOTP step.
   *
   * @return the clock
   */
  public static MutableClock startOfCurrentPeriod() {
    long seconds = Instant.now().getEpochSecond();
    return at(Instant.ofEpochSecond(seconds - Math.floorMod(seconds, 30L)));
  }

  /**
   * Moves the clock forward.
   *
   * @param amount how far, not negative
   * @return the new time
   * @throws IllegalArgumentException if the amount is negative
   */
  public Instant advance(Duration amount) {
    Objects.requireNonNull(amount, "amount");
    if (amount.isNegative()) {
      throw new IllegalArgumentException("amount must not be negative but was " + amount);
    }
    return now.updateAndGet(time -> time.plus(amount));
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("the mutable clock keeps UTC");
  }
}
