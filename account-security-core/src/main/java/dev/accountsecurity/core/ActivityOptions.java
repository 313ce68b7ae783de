package dev.accountsecurity.core;

import java.time.Duration;

/**
 * Login activity settings: retention, address privacy, new-device and travel alerts, reset
 * tokens. Immutable and thread-safe.
 */
public final class ActivityOptions {
  private final Duration retention;
  private final boolean truncateAddresses;
  private final double maxTravelSpeedKmh;
  private final Duration resetTokenTtl;
  private final int resetRequestsPerHour;

  private ActivityOptions(Builder b) {
    this.retention = b.retention;
    this.truncateAddresses = b.truncateAddresses;
    this.maxTravelSpeedKmh = b.maxTravelSpeedKmh;
    this.resetTokenTtl = b.resetTokenTtl;
    this.resetRequestsPerHour = b.resetRequestsPerHour;
  }

  /**
   * Returns the defaults.
   *
   * @return the defaults
   */
  public static ActivityOptions defaults() {
    return builder().build();
  }

  /**
   * Returns a builder holding the defaults: 400 days of events, whole addresses, travel faster
   * than 1000 km/h suspicious, reset tokens valid 30 minutes, 5 reset requests an hour per login
   * name.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  Duration retention() {
    return retention;
  }

  boolean truncateAddresses() {
    return truncateAddresses;
  }

  double maxTravelSpeedKmh() {
    return maxTravelSpeedKmh;
  }

  Duration resetTokenTtl() {
    return resetTokenTtl;
  }

  int resetRequestsPerHour() {
    return resetRequestsPerHour;
  }

  /** Builds {@link ActivityOptions}; not thread-safe. */
  public static final class Builder {
    private Duration retention = Duration.ofDays(400);
    private boolean truncateAddresses;
    private double maxTravelSpeedKmh = 1000;
    private Duration resetTokenTtl = Duration.ofMinutes(30);
    private int resetRequestsPerHour = 5;

    private Builder() {}

    /**
     * Sets how long login events are kept.
     *
     * @param retention 1 day to 10 years; default 400 days
     * @return this builder
     */
    public Builder retention(Duration retention) {
      this.retention = Checks.between("retention", retention, Duration.ofDays(1),
          Duration.ofDays(3660));
      return this;
    }

    /**
     * Sets whether addresses are stored truncated (IPv4 without its last octet, IPv6 without
     * its last 80 bits). Locations are looked up before truncation.
     *
     * @param truncate default false
     * @return this builder
     */
    public Builder truncateAddresses(boolean truncate) {
      this.truncateAddresses = truncate;
      return this;
    }

    /**
     * Sets the speed between two logins' locations above which a login is suspicious.
     *
     * @param kmh 100 to 100000; default 1000, faster than an airliner
     * @return this builder
     */
    public Builder maxTravelSpeedKmh(double kmh) {
      if (!(kmh >= 100 && kmh <= 100_000)) {
        throw new IllegalArgumentException(
            "maxTravelSpeedKmh must be between 100 and 100000 but was " + kmh);
      }
      this.maxTravelSpeedKmh = kmh;
      return this;
    }

    /**
     * Sets how long a forgotten-password token works.
     *
     * @param ttl 5 minutes to 1 day; default 30 minutes
     * @return this builder
     */
    public Builder resetTokenTtl(Duration ttl) {
      this.resetTokenTtl = Checks.between("resetTokenTtl", ttl, Duration.ofMinutes(5),
          Duration.ofDays(1));
      return this;
    }

    /**
     * Sets how many reset requests an hour one login name may make.
     *
     * @param requests 1 to 100; default 5
     * @return this builder
     */
    public Builder resetRequestsPerHour(int requests) {
      this.resetRequestsPerHour = Checks.between("resetRequestsPerHour", requests, 1, 100);
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the options
     */
    public ActivityOptions build() {
      return new ActivityOptions(this);
    }
  }
}
