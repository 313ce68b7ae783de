package dev.accountsecurity.spi;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A password as stored.
 *
 * @param hash the hash in PHC string format ({@code $argon2id$...}, {@code $scrypt$...}, {@code
 *     $pbkdf2-sha256$...}) or modular crypt format ({@code $2b$...})
 * @param pepperKeyId the id of the pepper key mixed in, or null for none
 * @param normalized whether the hash was made of the NFKC-normalised password (false for some
 *     imported hashes)
 * @param policyVersion the version of the password policy the password was checked against
 * @param changedAt when the password was set
 * @param changeRequired whether the next login must choose a new password
 */
public record StoredPassword(
    String hash,
    @Nullable String pepperKeyId,
    boolean normalized,
    int policyVersion,
    Instant changedAt,
    boolean changeRequired) {

  /**
   * Checks the components.
   *
   * @param hash the hash in PHC string format ({@code $argon2id$...}, {@code $scrypt$...}, {@code
   *     $pbkdf2-sha256$...}) or modular crypt format ({@code $2b$...})
   * @param pepperKeyId the id of the pepper key mixed in, or null for none
   * @param normalized whether the hash was made of the NFKC-normalised password (false for some
   *     imported hashes)
   * @param policyVersion the version of the password policy the password was checked against
   * @param changedAt when the password was set
   * @param changeRequired whether the next login must choose a new password
   * @throws NullPointerException if a non-null component is null
   */
  public StoredPassword {
    Objects.requireNonNull(hash, "hash");
    Objects.requireNonNull(changedAt, "changedAt");
  }

  /** Returns a text without the hash. */
  @Override
  public String toString() {
    return "StoredPassword[hash=***, pepperKeyId=" + pepperKeyId + ", policyVersion="
        + policyVersion + ", changedAt=" + changedAt + ", changeRequired=" + changeRequired + "]";
  }
}
