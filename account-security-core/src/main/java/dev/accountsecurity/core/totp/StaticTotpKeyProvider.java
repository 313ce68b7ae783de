package dev.accountsecurity.core.totp;

import dev.accountsecurity.spi.TotpKeyProvider;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * A fixed set of AES-256 keys held in memory, for a host that reads its keys from configuration
 * or a secrets manager at start-up. To rotate, add a new key, make it current, and keep the old
 * ones until every secret sealed under them was re-sealed.
 *
 * <p>Immutable and thread-safe. {@link #toString()} shows key ids only.
 */
public final class StaticTotpKeyProvider implements TotpKeyProvider {
  /** The length of every key: AES-256. */
  public static final int KEY_BYTES = 32;

  private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
  private static final String GENERATED_KEY_ID = "generated";

  private final Map<String, SecretKey> keys;
  private final String current;

  private StaticTotpKeyProvider(Map<String, SecretKey> keys, String current) {
    this.keys = Map.copyOf(keys);
    this.current = current;
  }

  /**
   * Returns a builder.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a provider with one random key, for demos and tests: secrets sealed under it cannot
   * be opened once the process ends.
   *
   * @param random the source of the key
   * @return the provider, its one key current under the id {@code generated}
   * @throws NullPointerException if {@code random} is null
   */
  public static StaticTotpKeyProvider generate(SecureRandom random) {
    Objects.requireNonNull(random, "random");
    byte[] key = new byte[KEY_BYTES];
    random.nextBytes(key);
    try {
      return builder().key(GENERATED_KEY_ID, key).current(GENERATED_KEY_ID).build();
    } finally {
      Arrays.fill(key, (byte) 0);
    }
  }

  @Override
  public String currentKeyId() {
    return current;
  }

  @Override
  public Optional<SecretKey> key(String keyId) {
    Objects.requireNonNull(keyId, "keyId");
    return Optional.ofNullable(keys.get(keyId));
  }

  /** Returns the key ids, never a key. */
  @Override
  public String toString() {
    return "StaticTotpKeyProvider[current=" + current + ", ids=" + keys.keySet().stream()
        .sorted().toList() + ", keys=***]";
  }

  /**
   * Collects keys by id and the id of the current one. {@link #build()} checks them. Not
   * thread-safe.
   */
  public static final class Builder {
    private final Map<String, SecretKey> keys = new LinkedHashMap<>();
    private String current = "";

    private Builder() {}

    /**
     * Adds a key.
     *
     * @param id the key id, 1 to 64 characters from {@code [A-Za-z0-9._-]}, stored beside each
     *     secret sealed under it
     * @param key the 32-byte AES key; copied
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the id is malformed or already added, or the key is
     *     not 32 bytes
     */
    public Builder key(String id, byte[] key) {
      checkId(id);
      Objects.requireNonNull(key, "key");
      if (key.length != KEY_BYTES) {
        throw new IllegalArgumentException(
            "key must be " + KEY_BYTES + " bytes but was " + key.length);
      }
      if (keys.containsKey(id)) {
        throw new IllegalArgumentException("key id must be unique but '" + id + "' was repeated");
      }
      keys.put(id, new SecretKeySpec(key, "AES"));
      return this;
    }

    /**
     * Names the key new secrets are sealed under.
     *
     * @param id an id added with {@link #key}
     * @return this builder
     * @throws NullPointerException if {@code id} is null
     */
    public Builder current(String id) {
      this.current = Objects.requireNonNull(id, "id");
      return this;
    }

    /**
     * Checks the keys and builds the provider.
     *
     * @return the provider
     * @throws IllegalArgumentException if no key was added, or the current id names none
     */
    public StaticTotpKeyProvider build() {
      if (keys.isEmpty()) {
        throw new IllegalArgumentException("keys must hold at least one key but held none");
      }
      if (!keys.containsKey(current)) {
        throw new IllegalArgumentException(
            "current must name an added key but was '" + current + "'");
      }
      return new StaticTotpKeyProvider(keys, current);
    }

    private static void checkId(String id) {
      Objects.requireNonNull(id, "id");
      if (!KEY_ID.matcher(id).matches()) {
        throw new IllegalArgumentException(
            "key id must be 1 to 64 characters from [A-Za-z0-9._-] but was not");
      }
    }
  }
}
