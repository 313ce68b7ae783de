package dev.accountsecurity.core.password;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * How passwords are hashed: the algorithm and its parameters for new hashes, the pepper keys,
 * and what bcrypt does with passwords longer than its 72 bytes. Verification reads every
 * supported algorithm whatever is configured; the configuration decides what is new and what
 * needs a rehash.
 *
 * <p>Stored formats: Argon2id as the standard PHC string ({@code
 * $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>}); bcrypt as modular crypt ({@code
 * $2b$10$...}), or passlib's {@code $bcrypt-sha256$v=2,...} for pre-hashed long passwords;
 * scrypt as passlib writes it ({@code $scrypt$ln=17,r=8,p=1$<salt>$<hash>}); PBKDF2 as passlib
 * writes it ({@code $pbkdf2-sha256$600000$<salt>$<hash>}), with Django's {@code
 * pbkdf2_sha256$...} and the PHC {@code $pbkdf2-sha256$i=...} form also read. New hashes use
 * 16-byte salts and 32-byte outputs.
 *
 * <p>Bounds, for the configuration and for stored hashes: memory at most 1 GiB (Argon2 and
 * scrypt), Argon2 at most 16 iterations and parallelism 64, bcrypt cost 4 to 16, scrypt N at
 * most 2^24 with r at most 32 and p at most 16, PBKDF2 at most 10,000,000 iterations. A stored
 * hash beyond them never matches, so a hostile one cannot stall the service.
 *
 * <p>Immutable and thread-safe; {@link #toString()} names pepper key ids, never keys.
 */
public final class PasswordHashing {

  /** The hashing algorithms. */
  public enum Algorithm {
    /** Argon2id (RFC 9106), on Bouncy Castle; the default. */
    ARGON2ID,
    /** bcrypt, on Password4j. */
    BCRYPT,
    /** scrypt (RFC 7914), on Bouncy Castle. */
    SCRYPT,
    /** PBKDF2 with HMAC-SHA256 (RFC 8018), on the JDK. */
    PBKDF2_SHA256
  }

  /** What bcrypt does with a password of more than 72 UTF-8 bytes, which it cannot read whole. */
  public enum LongPasswords {
    /**
     * Hash Base64 of HMAC-SHA256 of the password instead, in the {@code $bcrypt-sha256$} format,
     * so that every byte counts; the default.
     */
    PRE_HASH,
    /**
     * Refuse it: {@link PasswordHasher#accepts} answers false and {@link PasswordHasher#hash}
     * throws.
     */
    REFUSE
  }

  private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
  private static final int MIN_PEPPER_BYTES = 16;
  private static final int MAX_PEPPER_BYTES = 1024;
  private static final int MIN_PBKDF2_ITERATIONS = 1000;

  // About 1 ms on the project's 2-core machine (best of 2,000 runs: 0.21 us per iteration).
  // Recovery codes carry their own entropy (50 bits or more), so a small salted cost per guess
  // is enough to slow the search of a leaked table, and one sign-in may try a code against ten
  // hashes. PBKDF2-HMAC-SHA256 because NIST SP 800-63B-4 asks look-up secrets under 112 bits to
  // be stored with a salted, approved password hash, and SP 800-132 approves PBKDF2 while
  // Argon2 is not (yet) a NIST-approved function.
  private static final int RECOVERY_CODE_ITERATIONS = 5000;

  private final Algorithm algorithm;
  private final int argon2MemoryKiB;
  private final int argon2Iterations;
  private final int argon2Parallelism;
  private final int bcryptCost;
  private final int scryptN;
  private final int scryptR;
  private final int scryptP;
  private final int pbkdf2Iterations;
  private final LongPasswords bcryptLongPasswords;
  private final Map<String, SecretKeySpec> peppers;
  private final @Nullable String currentPepper;

  private PasswordHashing(Builder builder, Map<String, SecretKeySpec> peppers) {
    this.algorithm = builder.algorithm;
    this.argon2MemoryKiB = builder.argon2MemoryKiB;
    this.argon2Iterations = builder.argon2Iterations;
    this.argon2Parallelism = builder.argon2Parallelism;
    this.bcryptCost = builder.bcryptCost;
    this.scryptN = builder.scryptN;
    this.scryptR = builder.scryptR;
    this.scryptP = builder.scryptP;
    this.pbkdf2Iterations = builder.pbkdf2Iterations;
    this.bcryptLongPasswords = builder.bcryptLongPasswords;
    this.peppers = Map.copyOf(peppers);
    this.currentPepper = builder.currentPepper;
  }

  /**
   * Returns OWASP's recommended setting: Argon2id with 19 MiB (19,456 KiB) of memory, 2
   * iterations and parallelism 1; no pepper.
   *
   * @return the configuration
   */
  public static PasswordHashing defaults() {
    return builder().build();
  }

  /**
   * Returns the setting for recovery codes and similar high-entropy secrets: PBKDF2-HMAC-SHA256
   * with 5,000 iterations, about a millisecond per hash, salted; no pepper. A recovery code
   * carries its own entropy, so a small cost suffices (NIST SP 800-63B-4 asks a salted password
   * hash for such secrets under 112 bits), and one sign-in may check a code against ten hashes.
   *
   * @return the configuration
   */
  public static PasswordHashing recoveryCodes() {
    return builder().pbkdf2Sha256(RECOVERY_CODE_ITERATIONS).build();
  }

  /**
   * Starts a configuration from the values of {@link #defaults()}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the algorithm of new hashes.
   *
   * @return the algorithm
   */
  public Algorithm algorithm() {
    return algorithm;
  }

  /**
   * Returns what bcrypt does with passwords over 72 bytes.
   *
   * @return the setting
   */
  public LongPasswords bcryptLongPasswords() {
    return bcryptLongPasswords;
  }

  @Override
  public String toString() {
    return "PasswordHashing[algorithm=" + algorithm + ", " + parametersText()
        + ", peppers=" + peppers.keySet().stream().sorted().toList()
        + ", currentPepper=" + currentPepper + "]";
  }

  private String parametersText() {
    switch (algorithm) {
      case ARGON2ID:
        return "m=" + argon2MemoryKiB + ", t=" + argon2Iterations + ", p=" + argon2Parallelism;
      case BCRYPT:
        return "cost=" + bcryptCost + ", longPasswords=" + bcryptLongPasswords;
      case SCRYPT:
        return "N=" + scryptN + ", r=" + scryptR + ", p=" + scryptP;
      case PBKDF2_SHA256:
        return "iterations=" + pbkdf2Iterations;
      default:
        throw new AssertionError(algorithm);
    }
  }

  int argon2MemoryKiB() {
    return argon2MemoryKiB;
  }

  int argon2Iterations() {
    return argon2Iterations;
  }

  int argon2Parallelism() {
    return argon2Parallelism;
  }

  int bcryptCost() {
    return bcryptCost;
  }

  int scryptN() {
    return scryptN;
  }

  int scryptR() {
    return scryptR;
  }

  int scryptP() {
    return scryptP;
  }

  int pbkdf2Iterations() {
    return pbkdf2Iterations;
  }

  /** The key id new hashes are peppered with, or null for none. */
  @Nullable String currentPepper() {
    return currentPepper;
  }

  /** The pepper key with this id, or null when none is configured. */
  @Nullable SecretKeySpec pepperKey(String keyId) {
    return peppers.get(keyId);
  }

  /**
   * Builds a {@link PasswordHashing}, starting from the values of {@link
   * PasswordHashing#defaults()}. Each algorithm method selects its algorithm; the last one
   * called wins. {@link #build()} checks every value. Not thread-safe; the configuration it
   * builds is.
   */
  public static final class Builder {
    private Algorithm algorithm = Algorithm.ARGON2ID;
    private int argon2MemoryKiB = 19_456;
    private int argon2Iterations = 2;
    private int argon2Parallelism = 1;
    private int bcryptCost = 10;
    private int scryptN = 1 << 17;
    private int scryptR = 8;
    private int scryptP = 1;
    private int pbkdf2Iterations = 600_000;
    private LongPasswords bcryptLongPasswords = LongPasswords.PRE_HASH;
    private final List<Map.Entry<String, byte[]>> peppers = new ArrayList<>();
    private @Nullable String currentPepper;

    private Builder() {}

    /**
     * Selects Argon2id.
     *
     * @param memoryKiB memory in KiB, from 8 times the parallelism to 1,048,576 (1 GiB); OWASP:
     *     19,456
     * @param iterations passes over memory, 1 to 16; OWASP: 2
     * @param parallelism lanes, 1 to 64; OWASP: 1
     * @return this builder
     */
    public Builder argon2id(int memoryKiB, int iterations, int parallelism) {
      this.algorithm = Algorithm.ARGON2ID;
      this.argon2MemoryKiB = memoryKiB;
      this.argon2Iterations = iterations;
      this.argon2Parallelism = parallelism;
      return this;
    }

    /**
     * Selects bcrypt.
     *
     * @param cost log2 of the rounds, 4 to 16; OWASP: 10
     * @return this builder
     */
    public Builder bcrypt(int cost) {
      this.algorithm = Algorithm.BCRYPT;
      this.bcryptCost = cost;
      return this;
    }

    /**
     * Selects scrypt.
     *
     * @param n the cost, a power of two from 2 to 2^24; OWASP: 2^17
     * @param r the block size, 1 to 32; OWASP: 8
     * @param p the parallelism, 1 to 16; OWASP: 1
     * @return this builder; 128 times n times r (the memory in bytes) must not exceed 1 GiB
     */
    public Builder scrypt(int n, int r, int p) {
      this.algorithm = Algorithm.SCRYPT;
      this.scryptN = n;
      this.scryptR = r;
      this.scryptP = p;
      return this;
    }

    /**
     * Selects PBKDF2-HMAC-SHA256.
     *
     * @param iterations 1,000 to 10,000,000; OWASP: 600,000
     * @return this builder
     */
    public Builder pbkdf2Sha256(int iterations) {
      this.algorithm = Algorithm.PBKDF2_SHA256;
      this.pbkdf2Iterations = iterations;
      return this;
    }

    /**
     * Adds a pepper key: a secret kept apart from the database (in a vault or the service's
     * configuration) and mixed into every password before hashing, so that a stolen table
     * alone cannot be attacked. Call once per key; keep old keys while hashes made with them
     * remain, and name the one for new hashes with {@link #currentPepper}. The key is copied.
     *
     * @param keyId the key's id, 1 to 64 of {@code A-Z a-z 0-9 . _ -}, stored with each hash
     * @param key the key, 16 to 1024 bytes (32 random bytes are right)
     * @return this builder
     * @throws NullPointerException if an argument is null
     */
    public Builder pepper(String keyId, byte[] key) {
      Objects.requireNonNull(keyId, "keyId");
      Objects.requireNonNull(key, "key");
      peppers.add(Map.entry(keyId, key.clone()));
      return this;
    }

    /**
     * Names the pepper key new hashes use. Required once any pepper is added.
     *
     * @param keyId the id of a key added with {@link #pepper}
     * @return this builder
     * @throws NullPointerException if {@code keyId} is null
     */
    public Builder currentPepper(String keyId) {
      this.currentPepper = Objects.requireNonNull(keyId, "keyId");
      return this;
    }

    /**
     * Sets what bcrypt does with passwords of more than 72 UTF-8 bytes. Without effect when a
     * pepper is current: the peppered form is always 44 bytes.
     *
     * @param mode default {@link LongPasswords#PRE_HASH}
     * @return this builder
     * @throws NullPointerException if {@code mode} is null
     */
    public Builder bcryptLongPasswords(LongPasswords mode) {
      this.bcryptLongPasswords = Objects.requireNonNull(mode, "mode");
      return this;
    }

    /**
     * Checks every value and builds the configuration.
     *
     * @return the configuration
     * @throws IllegalArgumentException naming the value and the rule, if a value is out of range
     */
    public PasswordHashing build() {
      checkArgon2();
      requireBetween("bcrypt cost", bcryptCost, HashBounds.BCRYPT_MIN_COST,
          HashBounds.BCRYPT_MAX_COST);
      checkScrypt();
      requireBetween("PBKDF2 iterations", pbkdf2Iterations, MIN_PBKDF2_ITERATIONS,
          HashBounds.PBKDF2_MAX_ITERATIONS);
      return new PasswordHashing(this, checkedPeppers());
    }

    private void checkArgon2() {
      requireBetween("Argon2 parallelism", argon2Parallelism, 1,
          HashBounds.ARGON2_MAX_PARALLELISM);
      requireBetween("Argon2 iterations", argon2Iterations, 1, HashBounds.ARGON2_MAX_ITERATIONS);
      requireBetween("Argon2 memory in KiB", argon2MemoryKiB, 8 * argon2Parallelism,
          HashBounds.ARGON2_MAX_MEMORY_KIB);
    }

    private void checkScrypt() {
      requireBetween("scrypt N", scryptN, 2, 1 << HashBounds.SCRYPT_MAX_LOG_N);
      if (Integer.bitCount(scryptN) != 1) {
        throw new IllegalArgumentException(
            "scrypt N must be a power of two but was " + scryptN);
      }
      requireBetween("scrypt r", scryptR, 1, HashBounds.SCRYPT_MAX_R);
      requireBetween("scrypt p", scryptP, 1, HashBounds.SCRYPT_MAX_P);
      long memory = HashBounds.scryptMemoryBytes(scryptN, scryptR);
      if (memory > HashBounds.SCRYPT_MAX_MEMORY_BYTES) {
        throw new IllegalArgumentException("scrypt memory (128 * N * r) must be at most "
            + HashBounds.SCRYPT_MAX_MEMORY_BYTES + " bytes but was " + memory);
      }
    }

    private Map<String, SecretKeySpec> checkedPeppers() {
      Map<String, SecretKeySpec> keys = new LinkedHashMap<>();
      for (Map.Entry<String, byte[]> pepper : peppers) {
        String keyId = pepper.getKey();
        if (!KEY_ID.matcher(keyId).matches()) {
          throw new IllegalArgumentException("pepper key id must be 1 to 64 of A-Z a-z 0-9 . _ -"
              + " but was '" + keyId + "'");
        }
        requireBetween("pepper key '" + keyId + "' length in bytes", pepper.getValue().length,
            MIN_PEPPER_BYTES, MAX_PEPPER_BYTES);
        if (keys.put(keyId, new SecretKeySpec(pepper.getValue(), Hmac.ALGORITHM)) != null) {
          throw new IllegalArgumentException(
              "pepper key ids must be unique but '" + keyId + "' was added twice");
        }
      }
      checkCurrentPepper(keys);
      return keys;
    }

    private void checkCurrentPepper(Map<String, SecretKeySpec> keys) {
      if (currentPepper == null && !keys.isEmpty()) {
        throw new IllegalArgumentException(
            "currentPepper must name one of the pepper keys " + keys.keySet() + " but was unset");
      }
      if (currentPepper != null && !keys.containsKey(currentPepper)) {
        throw new IllegalArgumentException("currentPepper must name one of the pepper keys "
            + keys.keySet() + " but was '" + currentPepper + "'");
      }
    }

    private static void requireBetween(String name, int value, int min, int max) {
      if (value < min || value > max) {
        throw new IllegalArgumentException(
            name + " must be between " + min + " and " + max + " but was " + value);
      }
    }
  }
}
