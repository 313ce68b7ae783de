package dev.accountsecurity.core;

import java.time.Duration;

/**
 * How repeated failures slow down and stop guessing: of passwords per login name, of codes per
 * user, and of any attempt per IP address.
 *
 * <p>Defaults: after 5 failures in a row each further attempt waits out a delay that starts at
 * 1 second and doubles (at most 15 minutes); after 10 the account is locked for 30 minutes,
 * doubling with every further failure; at 100 (NIST SP 800-63B-4's cap) the password is disabled
 * until a reset. {@link #soft()} keeps the delays but never locks or disables, for hosts that
 * fear lock-out by strangers. Immutable and thread-safe.
 */
public final class ThrottleOptions {
  private final int delayAfter;
  private final Duration initialDelay;
  private final Duration maxDelay;
  private final int lockAfter;
  private final Duration lockDuration;
  private final int disableAfter;
  private final int addressDelayAfter;
  private final Duration addressMemory;

  private ThrottleOptions(Builder b) {
    this.delayAfter = b.delayAfter;
    this.initialDelay = b.initialDelay;
    this.maxDelay = b.maxDelay;
    this.lockAfter = b.lockAfter;
    this.lockDuration = b.lockDuration;
    this.disableAfter = b.disableAfter;
    this.addressDelayAfter = b.addressDelayAfter;
    this.addressMemory = b.addressMemory;
  }

  /**
   * Returns the defaults: delays after 5, lock after 10, disable at 100.
   *
   * @return the defaults
   */
  public static ThrottleOptions defaults() {
    return builder().build();
  }

  /**
   * Returns the softer profile: the same delays, no lock, no disabling.
   *
   * @return the soft profile
   */
  public static ThrottleOptions soft() {
    return builder().lockAfter(0).disableAfter(0).build();
  }

  /**
   * Returns a builder holding the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  int delayAfter() {
    return delayAfter;
  }

  Duration initialDelay() {
    return initialDelay;
  }

  Duration maxDelay() {
    return maxDelay;
  }

  int lockAfter() {
    return lockAfter;
  }

  Duration lockDuration() {
    return lockDuration;
  }

  int disableAfter() {
    return disableAfter;
  }

  int addressDelayAfter() {
    return addressDelayAfter;
  }

  Duration addressMemory() {
    return addressMemory;
  }

  /** Builds {@link ThrottleOptions}; not thread-safe. */
  public static final class Builder {
    private int delayAfter = 5;
    private Duration initialDelay = Duration.ofSeconds(1);
    private Duration maxDelay = Duration.ofMinutes(15);
    private int lockAfter = 10;
    private Duration lockDuration = Duration.ofMinutes(30);
    private int disableAfter = 100;
    private int addressDelayAfter = 50;
    private Duration addressMemory = Duration.ofHours(1);

    private Builder() {}

    /**
     * Sets how many failures in a row pass before delays begin.
     *
     * @param failures 1 to 1000; default 5
     * @return this builder
     */
    public Builder delayAfter(int failures) {
      this.delayAfter = Checks.between("delayAfter", failures, 1, 1000);
      return this;
    }

    /**
     * Sets the first delay, which doubles with each further failure.
     *
     * @param delay 1 ms to 1 hour; default 1 second
     * @return this builder
     */
    public Builder initialDelay(Duration delay) {
      this.initialDelay = Checks.between("initialDelay", delay, Duration.ofMillis(1),
          Duration.ofHours(1));
      return this;
    }

    /**
     * Sets the longest delay.
     *
     * @param delay 1 second to 1 day; default 15 minutes
     * @return this builder
     */
    public Builder maxDelay(Duration delay) {
      this.maxDelay = Checks.between("maxDelay", delay, Duration.ofSeconds(1), Duration.ofDays(1));
      return this;
    }

    /**
     * Sets how many failures in a row lock the account; 0 never locks.
     *
     * @param failures 0 to 1000; default 10
     * @return this builder
     */
    public Builder lockAfter(int failures) {
      this.lockAfter = Checks.between("lockAfter", failures, 0, 1000);
      return this;
    }

    /**
     * Sets the first lock's length, which doubles with each failure after it.
     *
     * @param duration 1 minute to 1 day; default 30 minutes
     * @return this builder
     */
    public Builder lockDuration(Duration duration) {
      this.lockDuration = Checks.between("lockDuration", duration, Duration.ofMinutes(1),
          Duration.ofDays(1));
      return this;
    }

    /**
     * Sets how many failures in a row disable the factor until a reset; 0 never disables.
     *
     * @param failures 0 to 100; default 100, NIST SP 800-63B-4's cap
     * @return this builder
     */
    public Builder disableAfter(int failures) {
      this.disableAfter = Checks.between("disableAfter", failures, 0, 100);
      return this;
    }

    /**
     * Sets how many failures from one IP address pass before its attempts are delayed. Addresses
     * are never locked: many people can share one.
     *
     * @param failures 1 to 100000; default 50
     * @return this builder
     */
    public Builder addressDelayAfter(int failures) {
      this.addressDelayAfter = Checks.between("addressDelayAfter", failures, 1, 100_000);
      return this;
    }

    /**
     * Sets how long an address's failures are remembered after its last one.
     *
     * @param duration 1 minute to 7 days; default 1 hour
     * @return this builder
     */
    public Builder addressMemory(Duration duration) {
      this.addressMemory = Checks.between("addressMemory", duration, Duration.ofMinutes(1),
          Duration.ofDays(7));
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the options
     * @throws IllegalArgumentException if locking does not come after the delays begin, or the
     *     longest delay is shorter than the first
     */
    public ThrottleOptions build() {
      if (lockAfter != 0 && lockAfter <= delayAfter) {
        throw new IllegalArgumentException("lockAfter must be 0 or greater than delayAfter ("
            + delayAfter + ") but was " + lockAfter);
      }
      if (disableAfter != 0 && lockAfter != 0 && disableAfter <= lockAfter) {
        throw new IllegalArgumentException("disableAfter must be 0 or greater than lockAfter ("
            + lockAfter + ") but was " + disableAfter);
      }
      if (maxDelay.compareTo(initialDelay) < 0) {
        throw new IllegalArgumentException("maxDelay must be at least initialDelay ("
            + initialDelay + ") but was " + maxDelay);
      }
      return new ThrottleOptions(this);
    }
  }
}
