package dev.accountsecurity.core.password;

import dev.accountsecurity.core.internal.SecretHasher;
import dev.accountsecurity.spi.StoredPassword;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hashes and verifies passwords as a {@link PasswordHashing} configuration says.
 *
 * <p>What is hashed: the password's NFKC form ({@link PasswordText#normalize}) as UTF-8. With a
 * current pepper, the hashed input is instead Base64 of HMAC-SHA256 keyed with the pepper over
 * those bytes (44 ASCII bytes); the pepper's key id is stored beside the hash, in {@link
 * StoredPassword#pepperKeyId()}, never inside it.
 *
 * <p>bcrypt reads only 72 bytes. A longer input is never silently cut: with {@link
 * PasswordHashing.LongPasswords#PRE_HASH} it is reduced to Base64 of HMAC-SHA256 keyed with the
 * salt and stored as {@code $bcrypt-sha256$v=2,...} (passlib's format), so the stored string
 * tells the verifier; with {@link PasswordHashing.LongPasswords#REFUSE}, {@link #accepts}
 * answers false and {@link #hash} throws. A peppered input is 44 bytes and always fits.
 *
 * <p>A password with a lone surrogate (ill-formed UTF-16, which the policy refuses) has no
 * UTF-8 form: {@link #hash} refuses it and {@link #verify} never matches it.
 *
 * <p>Thread-safe: it holds only the immutable configuration and the thread-safe random source.
 * Nothing secret is logged; a malformed stored hash or an unknown pepper key id is logged as a
 * warning with no more than the key id.
 */
public final class PasswordHasher {

  private static final Logger LOG = LoggerFactory.getLogger(PasswordHasher.class);

  private final PasswordHashing config;
  private final SecureRandom random;

  private PasswordHasher(PasswordHashing config, SecureRandom random) {
    this.config = config;
    this.random = random;
  }

  /**
   * The outcome of verifying a password.
   *
   * @param matches whether the password is the stored one
   * @param needsRehash whether the password matched and should now be hashed again and stored:
   *     its hash uses another algorithm or lower parameters than the configuration, another
   *     pepper than the current one, or was made of a password that was not normalised
   */
  public record Verification(boolean matches, boolean needsRehash) {

    private static final Verification NO_MATCH = new Verification(false, false);
  }

  /**
   * Creates a hasher.
   *
   * @param config the configuration
   * @param random the source of salts
   * @return the hasher
   * @throws NullPointerException if an argument is null
   */
  public static PasswordHasher create(PasswordHashing config, SecureRandom random) {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(random, "random");
    return new PasswordHasher(config, random);
  }

  /**
   * Tells whether {@link #hash} takes this password: false only for bcrypt set to {@link
   * PasswordHashing.LongPasswords#REFUSE}, without a pepper, and a password of more than 72
   * UTF-8 bytes after normalisation.
   *
   * @param password the password
   * @return true when it can be hashed
   * @throws NullPointerException if {@code password} is null
   */
  public boolean accepts(String password) {
    Objects.requireNonNull(password, "password");
    return acceptsNormalized(PasswordText.normalize(password));
  }

  /**
   * Hashes a password for storage, with a fresh salt and the current pepper.
   *
   * @param password the password, as typed; it is normalised to NFKC
   * @param policyVersion the version of the policy the password passed, at least 1
   * @param now the time the password is set
   * @return the stored password: normalised, not flagged for change
   * @throws NullPointerException if {@code password} or {@code now} is null
   * @throws IllegalArgumentException if {@code policyVersion} is below 1, the password holds a
   *     lone surrogate, or it is too long for bcrypt set to refuse long passwords (see {@link
   *     #accepts})
   */
  public StoredPassword hash(String password, int policyVersion, Instant now) {
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(now, "now");
    if (policyVersion < 1) {
      throw new IllegalArgumentException("policyVersion must be at least 1 but was "
          + policyVersion);
    }
    String normalized = PasswordText.normalize(password);
    requireHashable(normalized);
    String keyId = config.currentPepper();
    byte[] input = input(normalized, keyId);
    try {
      String encoded = newHash(input).encode();
      return new StoredPassword(encoded, keyId, true, policyVersion, now, false);
    } finally {
      Arrays.fill(input, (byte) 0);
    }
  }

  /**
   * Verifies a password against a stored one. The NFKC form is tried; for a hash imported from
   * a system that did not normalise ({@code stored.normalized()} false) the password as typed is
   * tried too. The derived bytes are compared in constant time. A malformed stored hash, one
   * whose parameters lie outside the bounds in {@link PasswordHashing}, or one naming an
   * unknown pepper key never matches, and never throws.
   *
   * @param password the password, as typed
   * @param stored the stored password
   * @return whether it matches and, if so, whether it needs a rehash
   * @throws NullPointerException if an argument is null
   */
  public Verification verify(String password, StoredPassword stored) {
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(stored, "stored");
    StoredHash hash = parse(stored.hash());
    if (hash == null || !PasswordText.isWellFormed(password)) {
      return Verification.NO_MATCH;
    }
    String keyId = stored.pepperKeyId();
    if (keyId != null && config.pepperKey(keyId) == null) {
      LOG.warn("Stored password names pepper key id '{}', which is not configured; treated as"
          + " no match", keyId);
      return Verification.NO_MATCH;
    }
    if (!matchesAny(hash, candidates(password, stored.normalized()), keyId)) {
      return Verification.NO_MATCH;
    }
    return new Verification(true, needsRehash(hash, stored));
  }

  /**
   * Spends the work of one hash at the configured parameters, and discards it: call it for an
   * unknown login name, so that the time taken does not tell which login names exist.
   *
   * @param password the password given
   * @throws NullPointerException if {@code password} is null
   */
  public void burn(String password) {
    Objects.requireNonNull(password, "password");
    byte[] input = input(PasswordText.normalize(password), config.currentPepper());
    try {
      newHash(input);
    } finally {
      Arrays.fill(input, (byte) 0);
    }
  }

  /**
   * Returns this hasher as a {@link SecretHasher} for recovery codes and similar secrets: the
   * configured algorithm with a fresh salt, but no pepper and no normalisation (the secrets are
   * generated, not typed). Meant for a hasher made from {@link PasswordHashing#recoveryCodes()}.
   *
   * @return the adapter, thread-safe
   */
  public SecretHasher asSecretHasher() {
    return new SecretHasherAdapter();
  }

  /**
   * Returns the configuration.
   *
   * @return the configuration
   */
  public PasswordHashing configuration() {
    return config;
  }

  private void requireHashable(String normalized) {
    if (!PasswordText.isWellFormed(normalized)) {
      throw new IllegalArgumentException("password must be well-formed UTF-16 (no lone"
          + " surrogate)");
    }
    if (!acceptsNormalized(normalized)) {
      throw new IllegalArgumentException("password must be at most "
          + HashBounds.BCRYPT_MAX_INPUT_BYTES + " UTF-8 bytes for bcrypt, which refuses longer"
          + " ones in this configuration");
    }
  }

  private boolean acceptsNormalized(String normalized) {
    return config.currentPepper() != null || acceptsInput(utf8(normalized));
  }

  private boolean acceptsInput(byte[] input) {
    return config.algorithm() != PasswordHashing.Algorithm.BCRYPT
        || config.bcryptLongPasswords() == PasswordHashing.LongPasswords.PRE_HASH
        || input.length <= HashBounds.BCRYPT_MAX_INPUT_BYTES;
  }

  private StoredHash newHash(byte[] input) {
    byte[] salt = new byte[HashBounds.SALT_BYTES];
    random.nextBytes(salt);
    switch (config.algorithm()) {
      case ARGON2ID:
        return Argon2Hash.derive(config.argon2MemoryKiB(), config.argon2Iterations(),
            config.argon2Parallelism(), salt, input);
      case BCRYPT:
        return BcryptHash.derive(config.bcryptCost(), salt, input);
      case SCRYPT:
        return ScryptHash.derive(config.scryptN(), config.scryptR(), config.scryptP(), salt,
            input);
      case PBKDF2_SHA256:
        return Pbkdf2Hash.derive(config.pbkdf2Iterations(), salt, input);
      default:
        throw new AssertionError(config.algorithm());
    }
  }

  /** The bytes hashed for a password: its UTF-8, or the peppered form. */
  private byte[] input(String password, @Nullable String pepperKeyId) {
    byte[] bytes = utf8(password);
    if (pepperKeyId == null) {
      return bytes;
    }
    SecretKeySpec key = Objects.requireNonNull(config.pepperKey(pepperKeyId), "pepper key");
    try {
      return Hmac.base64Sha256(key, bytes);
    } finally {
      Arrays.fill(bytes, (byte) 0);
    }
  }

  private static List<String> candidates(String password, boolean normalized) {
    String nfkc = PasswordText.normalize(password);
    return normalized || nfkc.equals(password) ? List.of(nfkc) : List.of(nfkc, password);
  }

  private boolean matchesAny(StoredHash hash, List<String> candidates, @Nullable String keyId) {
    for (String candidate : candidates) {
      byte[] input = input(candidate, keyId);
      try {
        if (matches(hash, input)) {
          return true;
        }
      } finally {
        Arrays.fill(input, (byte) 0);
      }
    }
    return false;
  }

  private boolean needsRehash(StoredHash hash, StoredPassword stored) {
    return hash.weakerThan(config)
        || !Objects.equals(stored.pepperKeyId(), config.currentPepper())
        || !stored.normalized();
  }

  private static @Nullable StoredHash parse(String encoded) {
    StoredHash hash = StoredHash.parse(encoded);
    if (hash == null) {
      LOG.warn("Stored password hash is malformed, unsupported or outside the parameter bounds;"
          + " treated as no match");
    }
    return hash;
  }

  private static boolean matches(StoredHash hash, byte[] input) {
    try {
      return hash.matches(input);
    } catch (RuntimeException e) {
      // Parsing bounds every parameter, so an engine should not fail; if one does, the answer
      // is still a plain no match, and the log names only the kind of failure.
      LOG.warn("Stored password hash ({}) could not be computed: {}; treated as no match",
          hash, e.getClass().getName());
      return false;
    }
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** Recovery codes: the configured algorithm, no pepper, no normalisation. */
  private final class SecretHasherAdapter implements SecretHasher {

    @Override
    public String hash(String secret) {
      Objects.requireNonNull(secret, "secret");
      if (!PasswordText.isWellFormed(secret)) {
        throw new IllegalArgumentException("secret must be well-formed UTF-16 (no lone"
            + " surrogate)");
      }
      byte[] input = utf8(secret);
      try {
        if (!acceptsInput(input)) {
          throw new IllegalArgumentException("secret must be at most "
              + HashBounds.BCRYPT_MAX_INPUT_BYTES + " UTF-8 bytes for bcrypt in this"
              + " configuration");
        }
        return newHash(input).encode();
      } finally {
        Arrays.fill(input, (byte) 0);
      }
    }

    @Override
    public boolean verify(String secret, String encoded) {
      Objects.requireNonNull(secret, "secret");
      Objects.requireNonNull(encoded, "encoded");
      StoredHash hash = parse(encoded);
      if (hash == null || !PasswordText.isWellFormed(secret)) {
        return false;
      }
      byte[] input = utf8(secret);
      try {
        return matches(hash, input);
      } finally {
        Arrays.fill(input, (byte) 0);
      }
    }
  }
}
