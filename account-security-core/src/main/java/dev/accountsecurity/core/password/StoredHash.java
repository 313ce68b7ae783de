package dev.accountsecurity.core.password;

import org.jspecify.annotations.Nullable;

/**
 * A stored hash taken apart: its algorithm, parameters, salt and expected output. Parsing checks
 * every parameter against {@link HashBounds}, so a parsed hash is safe to compute.
 */
sealed interface StoredHash permits Argon2Hash, BcryptHash, ScryptHash, Pbkdf2Hash {

  /**
   * Tells whether an input derives the stored output, comparing the derived bytes in constant
   * time.
   *
   * @param input the password bytes as hashed (UTF-8, or the peppered form)
   * @return true on a match
   */
  boolean matches(byte[] input);

  /**
   * Tells whether this hash is weaker than what the configuration makes now: another
   * algorithm, or any parameter below the configured one.
   *
   * @param config the configuration
   * @return true when the password should be hashed again
   */
  boolean weakerThan(PasswordHashing config);

  /**
   * Returns the hash as stored.
   *
   * @return the encoded string
   */
  String encode();

  /**
   * Parses any supported stored hash.
   *
   * @param text the stored string
   * @return the hash, or null when it is malformed, unsupported or out of bounds
   */
  static @Nullable StoredHash parse(String text) {
    if (text.length() > HashBounds.MAX_ENCODED_LENGTH) {
      return null;
    }
    if (text.startsWith("$argon2")) {
      return Argon2Hash.parse(text);
    }
    if (text.startsWith("$2") || text.startsWith(BcryptHash.PRE_HASH_PREFIX)) {
      return BcryptHash.parse(text);
    }
    if (text.startsWith(ScryptHash.PREFIX)) {
      return ScryptHash.parse(text);
    }
    return Pbkdf2Hash.parse(text);
  }
}
