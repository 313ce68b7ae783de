package dev.accountsecurity.core.password;

/**
 * The limits on every hashing parameter, for the configuration and for stored hashes alike. A
 * stored hash outside them is refused before any work is spent on it, so a hostile or corrupt
 * hash cannot make the service allocate gigabytes or spin for minutes. Each limit lies far above
 * any sane setting: memory at most 1 GiB (50 times OWASP's Argon2id 19 MiB), bcrypt cost at
 * most 16 (about five seconds here, 64 times cost 10), PBKDF2 at most 10,000,000 iterations.
 */
final class HashBounds {

  /** Longest stored hash string read at all. */
  static final int MAX_ENCODED_LENGTH = 512;

  /** Salt bytes of a new hash. */
  static final int SALT_BYTES = 16;

  /** Output bytes of a new hash (bcrypt's is fixed at 23). */
  static final int OUTPUT_BYTES = 32;

  static final int MIN_SALT_BYTES = 8;
  static final int MAX_SALT_BYTES = 64;
  static final int MIN_OUTPUT_BYTES = 16;
  static final int MAX_OUTPUT_BYTES = 64;

  static final int ARGON2_MAX_MEMORY_KIB = 1 << 20;
  static final int ARGON2_MAX_ITERATIONS = 16;
  static final int ARGON2_MAX_PARALLELISM = 64;

  static final int BCRYPT_MIN_COST = 4;
  static final int BCRYPT_MAX_COST = 16;

  /** Bytes of password bcrypt reads; the rest would be ignored. */
  static final int BCRYPT_MAX_INPUT_BYTES = 72;

  static final int SCRYPT_MAX_LOG_N = 24;
  static final int SCRYPT_MAX_R = 32;
  static final int SCRYPT_MAX_P = 16;
  static final long SCRYPT_MAX_MEMORY_BYTES = 1L << 30;

  static final int PBKDF2_MAX_ITERATIONS = 10_000_000;

  private HashBounds() {}

  /** Bytes of memory scrypt needs for a cost N and block size r. */
  static long scryptMemoryBytes(long n, int r) {
    return 128L * r * n;
  }
}
