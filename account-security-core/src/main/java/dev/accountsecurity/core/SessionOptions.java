package dev.accountsecurity.core;

import java.time.Duration;

/**
 * Session lifetimes. Defaults: idle timeout 30 minutes, absolute timeout 12 hours, last-seen time
 * written at most once a minute. Immutable and thread-safe.
 */
public final class SessionOptions {
  private final Duration idleTimeout;
  private final Duration absoluteTimeout;
  private final Duration touchInterval;

  private SessionOptions(Builder b) {
    this.idleTimeout = b.idleTimeout;
    this.absoluteTimeout = b.absoluteTimeout;
    this.touchInterval = b.touchInterval;
  }

  /**
   * Returns the defaults.
   *
   * @return the defaults
   */
  public static SessionOptions defaults() {
    return builder().build();
  }

  /**
   * Returns a builder holding the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  Duration idleTimeout() {
    return idleTimeout;
  }

  Duration absoluteTimeout() {
    return absoluteTimeout;
  }

  Duration touchInterval() {
    return touchInterval;
  }

  /** Builds {@link SessionOptions}; not thread-safe. */
  public static final class Builder {
    private Duration idleTimeout = Duration.ofMinutes(30);
    private Duration absoluteTimeout = Duration.ofHours(12);
    private Duration touchInterval = Duration.ofMinutes(1);

    private Builder() {}

    /**
     * Sets how long a session lives without a request.
     *
     * @param timeout 1 minute to 30 days; default 30 minutes
     * @return this builder
     */
    public Builder idleTimeout(Duration timeout) {
      this.idleTimeout = Checks.between("idleTimeout", timeout, Duration.ofMinutes(1),
          Duration.ofDays(30));
      return this;
    }

    /**
     * Sets how long a session lives at most, however active.
     *
     * @param timeout 1 minute to 400 days; default 12 hours
     * @return this builder
     */
    public Builder absoluteTimeout(Duration timeout) {
      this.absoluteTimeout = Checks.between("absoluteTimeout", timeout, Duration.ofMinutes(1),
          Duration.ofDays(400));
      return this;
    }

    /**
     * Sets how often, at most, the last-seen time of a session is written.
     *
     * @param interval 0 to 1 hour; default 1 minute
     * @return this builder
     */
    public Builder touchInterval(Duration interval) {
      this.touchInterval = Checks.between("touchInterval", interval, Duration.ZERO,
          Duration.ofHours(1));
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the options
     * @throws IllegalArgumentException if the idle timeout exceeds the absolute one, or the
     *     touch interval is not shorter than the idle timeout
     */
    public SessionOptions build() {
      if (idleTimeout.compareTo(absoluteTimeout) > 0) {
        throw new IllegalArgumentException("idleTimeout must not exceed absoluteTimeout ("
            + absoluteTimeout + ") but was " + idleTimeout);
      }
      if (touchInterval.compareTo(idleTimeout) >= 0) {
        throw new IllegalArgumentException("touchInterval must be shorter than idleTimeout ("
            + idleTimeout + ") but was " + touchInterval);
      }
      return new SessionOptions(this);
    }
  }
}
