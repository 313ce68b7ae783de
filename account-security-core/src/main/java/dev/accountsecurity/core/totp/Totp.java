package dev.accountsecurity.core.totp;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * RFC 6238 time-based one-time passwords (TOTP), built on RFC 4226 HOTP: the codes an
 * authenticator app shows, and their verification with replay protection.
 *
 * <p>A code is checked against every time step in a window around the current one, to allow
 * for clock skew and typing time. A code is accepted only for a step later than the last used
 * one, so a code can be used once (RFC 6238 section 5.2). Where a code misses the window but
 * matches a step within the wider drift scan, the result says how far the device's clock is
 * off. Note that such a hint also tells a guesser that the code will be valid later; treat a
 * {@link TotpMatch.Wrong} with a drift as a failed attempt for throttling, and show the drift
 * to a user only as a hint to fix their clock.
 *
 * <p>Verification runs on every login and is built to be cheap: prepare the secret once with
 * {@link #key(byte[])} and pass the {@link Key}; each thread reuses its own {@code Mac}, and no
 * string is built while checking. Candidate codes in the window are all computed and compared
 * without an early exit, so the time taken does not tell which step matched.
 *
 * <p>Immutable and thread-safe.
 */
public final class Totp {
  /** The secret length {@link #newSecret(SecureRandom)} uses: 160 bits, as RFC 4226 advises. */
  public static final int DEFAULT_SECRET_BYTES = 20;
  /** The shortest secret accepted: the 80-bit secrets some older deployments issued. */
  public static final int MIN_KEY_BYTES = 10;
  /** The longest secret accepted. */
  public static final int MAX_KEY_BYTES = 128;
  /** The longest presented code looked at; anything longer is malformed without more work. */
  public static final int MAX_PRESENTED_LENGTH = 16;

  private static final int MIN_NEW_SECRET_BYTES = 16;
  private static final int MAX_NEW_SECRET_BYTES = 64;
  private static final long NO_MATCH = Long.MIN_VALUE;
  private static final TotpMatch.Malformed MALFORMED = new TotpMatch.Malformed();
  private static final TotpMatch.AlreadyUsed ALREADY_USED = new TotpMatch.AlreadyUsed();
  private static final Totp DEFAULTS = builder().build();

  private final HmacAlgorithm algorithm;
  private final int digits;
  private final int modulus;
  private final Duration period;
  private final long periodSeconds;
  private final int window;
  private final int driftScan;

  private Totp(Builder builder) {
    algorithm = builder.algorithm;
    digits = builder.digits;
    modulus = powerOfTen(digits);
    period = builder.period;
    periodSeconds = period.getSeconds();
    window = builder.window;
    driftScan = builder.driftScan;
  }

  /**
   * Returns a builder with the defaults: SHA-1, 6 digits, 30 seconds, a window of 1 step either
   * side and a drift scan of 10 steps either side.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the configuration every authenticator app supports: SHA-1, 6 digits, 30 seconds,
   * window 1, drift scan 10.
   *
   * @return the shared default instance
   */
  public static Totp defaults() {
    return DEFAULTS;
  }

  /**
   * Makes a new random secret of {@value #DEFAULT_SECRET_BYTES} bytes.
   *
   * @param random the source of randomness
   * @return the secret
   * @throws NullPointerException if {@code random} is null
   */
  public static byte[] newSecret(SecureRandom random) {
    return newSecret(random, DEFAULT_SECRET_BYTES);
  }

  /**
   * Makes a new random secret.
   *
   * @param random the source of randomness
   * @param bytes the length: 16 (the RFC 4226 minimum) to 64
   * @return the secret
   * @throws NullPointerException if {@code random} is null
   * @throws IllegalArgumentException if {@code bytes} is outside 16 to 64
   */
  public static byte[] newSecret(SecureRandom random, int bytes) {
    Objects.requireNonNull(random, "random");
    if (bytes < MIN_NEW_SECRET_BYTES || bytes > MAX_NEW_SECRET_BYTES) {
      throw new IllegalArgumentException(
          "bytes must be between " + MIN_NEW_SECRET_BYTES + " and " + MAX_NEW_SECRET_BYTES
              + " but was " + bytes);
    }
    byte[] secret = new byte[bytes];
    random.nextBytes(secret);
    return secret;
  }

  /**
   * Returns the HMAC algorithm.
   *
   * @return the algorithm
   */
  public HmacAlgorithm algorithm() {
    return algorithm;
  }

  /**
   * Returns the number of digits in a code.
   *
   * @return 6 to 8
   */
  public int digits() {
    return digits;
  }

  /**
   * Returns the length of a time step.
   *
   * @return the period, a whole number of seconds
   */
  public Duration period() {
    return period;
  }

  /**
   * Returns how many steps either side of the current one a code is accepted for.
   *
   * @return 0 to 10
   */
  public int window() {
    return window;
  }

  /**
   * Returns how many steps either side of the current one are scanned for a drift hint.
   *
   * @return at least {@link #window()}; equal to it when there is no drift scan
   */
  public int driftScan() {
    return driftScan;
  }

  /**
   * Returns the RFC 6238 time step of an instant: whole periods since the Unix epoch.
   *
   * @param time the instant
   * @return the step; negative before the epoch
   * @throws NullPointerException if {@code time} is null
   */
  public long step(Instant time) {
    Objects.requireNonNull(time, "time");
    return Math.floorDiv(time.getEpochSecond(), periodSeconds);
  }

  /**
   * Prepares a secret for repeated use. Keep the key for as long as the secret is in use:
   * preparing is cheap, but not free.
   *
   * @param secret the shared secret, {@value #MIN_KEY_BYTES} to {@value #MAX_KEY_BYTES} bytes;
   *     copied
   * @return the prepared key, for this instance's algorithm
   * @throws NullPointerException if {@code secret} is null
   * @throws IllegalArgumentException if the secret is too short or too long
   */
  public Key key(byte[] secret) {
    return new Key(algorithm, secret);
  }

  /**
   * Computes the code for a time step.
   *
   * @param secret the shared secret
   * @param step the time step (the HOTP counter), at least 0
   * @return the code, 0 to 10<sup>digits</sup> - 1
   * @throws NullPointerException if {@code secret} is null
   * @throws IllegalArgumentException if the secret's length or the step is out of range
   */
  public int code(byte[] secret, long step) {
    return code(key(secret), step);
  }

  /**
   * Computes the code for a time step.
   *
   * @param key the prepared secret
   * @param step the time step (the HOTP counter), at least 0
   * @return the code, 0 to 10<sup>digits</sup> - 1
   * @throws NullPointerException if {@code key} is null
   * @throws IllegalArgumentException if the step is negative or the key was prepared for
   *     another algorithm
   */
  public int code(Key key, long step) {
    checkKey(key);
    if (step < 0) {
      throw new IllegalArgumentException("step must be >= 0 but was " + step);
    }
    return codeAt(HotpEngine.forKey(algorithm, key.spec), step);
  }

  /**
   * Writes a code as the app shows it: zero-padded to the number of digits.
   *
   * @param code the code
   * @return the text, for example {@code 007081} for 7081 with 6 digits
   * @throws IllegalArgumentException if the code is negative or has too many digits
   */
  public String format(int code) {
    if (code < 0 || code >= modulus) {
      throw new IllegalArgumentException(
          "code must be between 0 and " + (modulus - 1) + " but was " + code);
    }
    char[] text = new char[digits];
    int rest = code;
    for (int i = digits - 1; i >= 0; i--) {
      text[i] = (char) ('0' + rest % 10);
      rest /= 10;
    }
    return new String(text);
  }

  /**
   * Checks a presented code; see {@link #verify(Key, String, Instant, long)}.
   *
   * @param secret the shared secret
   * @param presented the code as typed
   * @param now the current time
   * @param lastUsedStep the last step accepted for this secret, or -1 for none
   * @return the outcome
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the secret is too short or too long
   */
  public TotpMatch verify(byte[] secret, String presented, Instant now, long lastUsedStep) {
    return verify(key(secret), presented, now, lastUsedStep);
  }

  /**
   * Checks a presented code against the steps in the window around {@code now}.
   *
   * <p>Spaces in the input are ignored. Input that is not exactly {@link #digits()} ASCII digits
   * is {@link TotpMatch.Malformed}. A code matching a step later than {@code lastUsedStep} is
   * {@link TotpMatch.Accepted} for the latest such step, since recording the later step as used
   * closes the replay for both; one matching only used steps is {@link
   * TotpMatch.AlreadyUsed}; anything else is {@link TotpMatch.Wrong}, with a drift hint where
   * the code matches a step within the drift scan.
   *
   * @param key the prepared secret
   * @param presented the code as typed
   * @param now the current time
   * @param lastUsedStep the last step accepted for this secret, or -1 for none
   * @return the outcome
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the key was prepared for another algorithm
   */
  public TotpMatch verify(Key key, String presented, Instant now, long lastUsedStep) {
    checkKey(key);
    Objects.requireNonNull(presented, "presented");
    Objects.requireNonNull(now, "now");
    int code = parseCode(presented, digits);
    if (code < 0) {
      return MALFORMED;
    }
    long current = step(now);
    HotpEngine engine = HotpEngine.forKey(algorithm, key.spec);
    long matched = latestMatchInWindow(engine, code, current);
    if (matched == NO_MATCH) {
      return new TotpMatch.Wrong(drift(engine, code, current));
    }
    return matched > lastUsedStep ? new TotpMatch.Accepted(matched) : ALREADY_USED;
  }

  /**
   * Reads exactly {@code digits} ASCII digits, spaces ignored, as an int; -1 for anything else.
   */
  static int parseCode(String presented, int digits) {
    if (presented.length() > MAX_PRESENTED_LENGTH) {
      return -1;
    }
    int value = 0;
    int count = 0;
    for (int i = 0; i < presented.length(); i++) {
      char c = presented.charAt(i);
      if (c == ' ') {
        continue;
      }
      if (c < '0' || c > '9' || ++count > digits) {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return count == digits ? value : -1;
  }

  /**
   * Computes every candidate in the window and keeps the latest matching step, without a branch
   * on the comparison, so the timing does not depend on which step matched.
   */
  private long latestMatchInWindow(HotpEngine engine, int code, long current) {
    long matched = NO_MATCH;
    for (long step = Math.max(0, current - window); step <= current + window; step++) {
      int difference = codeAt(engine, step) ^ code;
      // -1 (all bits set) when the codes are equal, 0 otherwise.
      long equal = ((difference | -difference) >>> 31) - 1;
      matched = (matched & ~equal) | (step & equal);
    }
    return matched;
  }

  /**
   * Finds the nearest step outside the window but within the drift scan that gives the code.
   * The early exit leaks nothing the returned drift does not already tell.
   */
  private @Nullable Duration drift(HotpEngine engine, int code, long current) {
    for (int distance = window + 1; distance <= driftScan; distance++) {
      if (codeAt(engine, current + distance) == code) {
        return period.multipliedBy(distance);
      }
      long behind = current - distance;
      if (behind >= 0 && codeAt(engine, behind) == code) {
        return period.multipliedBy(-distance);
      }
    }
    return null;
  }

  private int codeAt(HotpEngine engine, long step) {
    return engine.truncated(step) % modulus;
  }

  private void checkKey(Key key) {
    Objects.requireNonNull(key, "key");
    if (key.algorithm != algorithm) {
      throw new IllegalArgumentException(
          "key was prepared for " + key.algorithm + " but this TOTP uses " + algorithm);
    }
  }

  private static int powerOfTen(int exponent) {
    int result = 1;
    for (int i = 0; i < exponent; i++) {
      result *= 10;
    }
    return result;
  }

  /** Returns the configuration, which holds nothing secret. */
  @Override
  public String toString() {
    return "Totp[" + algorithm + ", " + digits + " digits, period " + periodSeconds
        + " s, window " + window + ", drift scan " + driftScan + "]";
  }

  /**
   * A secret prepared for one {@link Totp}'s algorithm, to be reused across checks. It holds a
   * copy of the secret; {@link #toString()} masks it. Immutable and thread-safe.
   */
  public static final class Key {
    private final HmacAlgorithm algorithm;
    private final SecretKeySpec spec;

    private Key(HmacAlgorithm algorithm, byte[] secret) {
      Objects.requireNonNull(secret, "secret");
      if (secret.length < MIN_KEY_BYTES || secret.length > MAX_KEY_BYTES) {
        throw new IllegalArgumentException(
            "secret must be between " + MIN_KEY_BYTES + " and " + MAX_KEY_BYTES
                + " bytes but was " + secret.length);
      }
      this.algorithm = algorithm;
      this.spec = new SecretKeySpec(secret, algorithm.jcaName());
    }

    /**
     * Returns the algorithm the key was prepared for.
     *
     * @return the algorithm
     */
    public HmacAlgorithm algorithm() {
      return algorithm;
    }

    /** Returns a mask, never the secret. */
    @Override
    public String toString() {
      return "Totp.Key[" + algorithm + ", ***]";
    }
  }

  /**
   * Configures a {@link Totp}. {@link #build()} checks every value. Not thread-safe; the
   * {@link Totp} it builds is.
   */
  public static final class Builder {
    private static final int MIN_DIGITS = 6;
    private static final int MAX_DIGITS = 8;
    private static final long MAX_PERIOD_SECONDS = 300;
    private static final int MAX_WINDOW = 10;
    private static final int MAX_DRIFT_SCAN = 30;

    private HmacAlgorithm algorithm = HmacAlgorithm.SHA1;
    private int digits = MIN_DIGITS;
    private Duration period = Duration.ofSeconds(30);
    private int window = 1;
    private int driftScan = 10;

    private Builder() {}

    /**
     * Sets the HMAC algorithm; default SHA-1.
     *
     * @param algorithm the algorithm
     * @return this builder
     * @throws NullPointerException if {@code algorithm} is null
     */
    public Builder algorithm(HmacAlgorithm algorithm) {
      this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
      return this;
    }

    /**
     * Sets the number of digits in a code, 6 to 8; default 6.
     *
     * @param digits the number of digits
     * @return this builder
     */
    public Builder digits(int digits) {
      this.digits = digits;
      return this;
    }

    /**
     * Sets the length of a time step, a whole number of seconds from 1 to 300; default 30.
     *
     * @param period the period
     * @return this builder
     * @throws NullPointerException if {@code period} is null
     */
    public Builder period(Duration period) {
      this.period = Objects.requireNonNull(period, "period");
      return this;
    }

    /**
     * Sets how many steps either side of the current one a code is accepted for, 0 to 10;
     * default 1. Each step more widens a guesser's odds by one code.
     *
     * @param steps the window
     * @return this builder
     */
    public Builder window(int steps) {
      this.window = steps;
      return this;
    }

    /**
     * Sets how many steps either side of the current one a wrong code is looked for to report
     * clock drift, from the window to 30; default 10. Equal to the window turns the scan off.
     * A wrong code costs one HMAC per step scanned.
     *
     * @param steps the drift scan
     * @return this builder
     */
    public Builder driftScan(int steps) {
      this.driftScan = steps;
      return this;
    }

    /**
     * Checks the values and builds the configuration.
     *
     * @return the configuration
     * @throws IllegalArgumentException naming the value and the rule, if a value is out of range
     */
    public Totp build() {
      if (digits < MIN_DIGITS || digits > MAX_DIGITS) {
        throw new IllegalArgumentException(
            "digits must be between " + MIN_DIGITS + " and " + MAX_DIGITS + " but was " + digits);
      }
      checkPeriod();
      if (window < 0 || window > MAX_WINDOW) {
        throw new IllegalArgumentException(
            "window must be between 0 and " + MAX_WINDOW + " steps but was " + window);
      }
      if (driftScan < window || driftScan > MAX_DRIFT_SCAN) {
        throw new IllegalArgumentException(
            "driftScan must be between the window (" + window + ") and " + MAX_DRIFT_SCAN
                + " steps but was " + driftScan);
      }
      return new Totp(this);
    }

    private void checkPeriod() {
      long seconds = period.getSeconds();
      if (period.getNano() != 0 || seconds < 1 || seconds > MAX_PERIOD_SECONDS) {
        throw new IllegalArgumentException(
            "period must be a whole number of seconds between 1 and " + MAX_PERIOD_SECONDS
                + " but was " + period);
      }
    }
  }
}
