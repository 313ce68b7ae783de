package dev.accountsecurity.core;

import dev.accountsecurity.core.totp.Totp;
import java.time.Duration;
import java.util.Objects;

/**
 * Two-factor settings: the issuer shown in authenticator apps, the TOTP parameters, how long an
 * enrolment and a login challenge stay open, and what an admin's reset revokes. Immutable and
 * thread-safe.
 */
public final class TwoFactorOptions {
  private final String issuer;
  private final Totp totp;
  private final Duration enrolmentTtl;
  private final Duration challengeTtl;
  private final int challengeAttempts;
  private final int recoveryCodes;
  private final int lowRecoveryCodes;
  private final Duration stepUpMaxAge;
  private final boolean revokeSessionsOnDisable;
  private final boolean revokeOnAdminReset;

  private TwoFactorOptions(Builder b) {
    this.issuer = b.issuer;
    this.totp = b.totp;
    this.enrolmentTtl = b.enrolmentTtl;
    this.challengeTtl = b.challengeTtl;
    this.challengeAttempts = b.challengeAttempts;
    this.recoveryCodes = b.recoveryCodes;
    this.lowRecoveryCodes = b.lowRecoveryCodes;
    this.stepUpMaxAge = b.stepUpMaxAge;
    this.revokeSessionsOnDisable = b.revokeSessionsOnDisable;
    this.revokeOnAdminReset = b.revokeOnAdminReset;
  }

  /**
   * Returns the defaults with the given issuer.
   *
   * @param issuer the service's name as authenticator apps show it
   * @return the options
   */
  public static TwoFactorOptions defaults(String issuer) {
    return builder().issuer(issuer).build();
  }

  /**
   * Returns a builder holding the defaults: issuer {@code account-security}, TOTP with SHA-1, 6
   * digits, 30 seconds, one step either side; enrolment open 10 minutes; challenge open 5 minutes
   * with 3 tries; 10 recovery codes, a warning at 2 or fewer left; an admin's step-up at most 15
   * minutes old; sessions revoked on disable and on an admin's reset.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  String issuer() {
    return issuer;
  }

  Totp totp() {
    return totp;
  }

  Duration enrolmentTtl() {
    return enrolmentTtl;
  }

  Duration challengeTtl() {
    return challengeTtl;
  }

  int challengeAttempts() {
    return challengeAttempts;
  }

  int recoveryCodes() {
    return recoveryCodes;
  }

  int lowRecoveryCodes() {
    return lowRecoveryCodes;
  }

  Duration stepUpMaxAge() {
    return stepUpMaxAge;
  }

  boolean revokeSessionsOnDisable() {
    return revokeSessionsOnDisable;
  }

  boolean revokeOnAdminReset() {
    return revokeOnAdminReset;
  }

  /** Builds {@link TwoFactorOptions}; not thread-safe. */
  public static final class Builder {
    private String issuer = "account-security";
    private Totp totp = Totp.defaults();
    private Duration enrolmentTtl = Duration.ofMinutes(10);
    private Duration challengeTtl = Duration.ofMinutes(5);
    private int challengeAttempts = 3;
    private int recoveryCodes = 10;
    private int lowRecoveryCodes = 2;
    private Duration stepUpMaxAge = Duration.ofMinutes(15);
    private boolean revokeSessionsOnDisable = true;
    private boolean revokeOnAdminReset = true;

    private Builder() {}

    /**
     * Sets the issuer: the service's name in authenticator apps.
     *
     * @param issuer 1 to 100 characters
     * @return this builder
     */
    public Builder issuer(String issuer) {
      Objects.requireNonNull(issuer, "issuer");
      if (issuer.isBlank() || issuer.length() > 100) {
        throw new IllegalArgumentException(
            "issuer must be 1 to 100 characters and not blank but was " + issuer.length());
      }
      this.issuer = issuer;
      return this;
    }

    /**
     * Sets the TOTP algorithm, digits, period and window.
     *
     * @param totp the engine
     * @return this builder
     */
    public Builder totp(Totp totp) {
      this.totp = Objects.requireNonNull(totp, "totp");
      return this;
    }

    /**
     * Sets how long a begun enrolment can be confirmed.
     *
     * @param ttl 1 minute to 1 day; default 10 minutes
     * @return this builder
     */
    public Builder enrolmentTtl(Duration ttl) {
      this.enrolmentTtl = Checks.between("enrolmentTtl", ttl, Duration.ofMinutes(1),
          Duration.ofDays(1));
      return this;
    }

    /**
     * Sets how long a login challenge waits for its code.
     *
     * @param ttl 30 seconds to 30 minutes; default 5 minutes
     * @return this builder
     */
    public Builder challengeTtl(Duration ttl) {
      this.challengeTtl = Checks.between("challengeTtl", ttl, Duration.ofSeconds(30),
          Duration.ofMinutes(30));
      return this;
    }

    /**
     * Sets how many codes one login challenge accepts before it is used up.
     *
     * @param attempts 1 to 10; default 3
     * @return this builder
     */
    public Builder challengeAttempts(int attempts) {
      this.challengeAttempts = Checks.between("challengeAttempts", attempts, 1, 10);
      return this;
    }

    /**
     * Sets how many recovery codes are issued.
     *
     * @param count 1 to 20; default 10
     * @return this builder
     */
    public Builder recoveryCodes(int count) {
      this.recoveryCodes = Checks.between("recoveryCodes", count, 1, 20);
      return this;
    }

    /**
     * Sets at how many remaining recovery codes a warning event is sent.
     *
     * @param count 0 to 20; default 2
     * @return this builder
     */
    public Builder lowRecoveryCodes(int count) {
      this.lowRecoveryCodes = Checks.between("lowRecoveryCodes", count, 0, 20);
      return this;
    }

    /**
     * Sets how recent an admin without two-factor must have re-authenticated to reset a
     * member's two-factor.
     *
     * @param maxAge 1 minute to 1 hour; default 15 minutes
     * @return this builder
     */
    public Builder stepUpMaxAge(Duration maxAge) {
      this.stepUpMaxAge = Checks.between("stepUpMaxAge", maxAge, Duration.ofMinutes(1),
          Duration.ofHours(1));
      return this;
    }

    /**
     * Sets whether turning two-factor off ends the user's other sessions.
     *
     * @param revoke default true
     * @return this builder
     */
    public Builder revokeSessionsOnDisable(boolean revoke) {
      this.revokeSessionsOnDisable = revoke;
      return this;
    }

    /**
     * Sets whether an admin's reset ends the member's sessions and reset tokens.
     *
     * @param revoke default true
     * @return this builder
     */
    public Builder revokeOnAdminReset(boolean revoke) {
      this.revokeOnAdminReset = revoke;
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the options
     * @throws IllegalArgumentException if the warning level is not below the code count
     */
    public TwoFactorOptions build() {
      if (lowRecoveryCodes >= recoveryCodes) {
        throw new IllegalArgumentException("lowRecoveryCodes must be below recoveryCodes ("
            + recoveryCodes + ") but was " + lowRecoveryCodes);
      }
      return new TwoFactorOptions(this);
    }
  }
}
