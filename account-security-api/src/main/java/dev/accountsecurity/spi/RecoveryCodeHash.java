package dev.accountsecurity.spi;

import java.util.Objects;

/**
 * A recovery code as stored: its slot (a short, non-secret part of the code that picks the one
 * hash to check) and the salted hash of the code.
 *
 * @param slot the slot, unique among a user's codes
 * @param hash the code's hash in PHC string format
 */
public record RecoveryCodeHash(int slot, String hash) {

  /**
   * Checks the components.
   *
   * @param slot the slot, unique among a user's codes
   * @param hash the code's hash in PHC string format
   * @throws NullPointerException if the hash is null
   * @throws IllegalArgumentException if the slot is negative
   */
  public RecoveryCodeHash {
    Objects.requireNonNull(hash, "hash");
    if (slot < 0) {
      throw new IllegalArgumentException("slot must be >= 0 but was " + slot);
    }
  }

  /** Returns a text without the hash. */
  @Override
  public String toString() {
    return "RecoveryCodeHash[slot=" + slot + ", hash=***]";
  }
}
