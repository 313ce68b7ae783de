package dev.accountsecurity.core.internal;

/**
 * A salted, slow hash for short secrets that must not be stored plainly, such as recovery codes.
 * Implementations are thread-safe.
 */
public interface SecretHasher {

  /**
   * Hashes a secret with a fresh salt.
   *
   * @param secret the secret
   * @return the hash in PHC string format
   */
  String hash(String secret);

  /**
   * Verifies a secret against a hash made by {@link #hash}, in constant time.
   *
   * @param secret the secret
   * @param encoded the stored hash
   * @return true when it matches; false also for a malformed hash
   */
  boolean verify(String secret, String encoded);
}
