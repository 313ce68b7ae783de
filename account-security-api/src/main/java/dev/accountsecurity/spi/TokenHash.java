package dev.accountsecurity.spi;

import java.util.Objects;

/**
 * The SHA-256 of a token, as 64 lower-case hex digits: what stores keep instead of the token.
 *
 * @param hex the hash in hex
 */
public record TokenHash(String hex) {

  /**
   * Checks the text.
   *
   * @param hex the hash in hex
   * @throws IllegalArgumentException if it is not 64 lower-case hex digits
   */
  public TokenHash {
    Objects.requireNonNull(hex, "hex");
    if (hex.length() != 64 || !hex.chars().allMatch(c -> (c >= '0' && c <= '9')
        || (c >= 'a' && c <= 'f'))) {
      throw new IllegalArgumentException("a token hash is 64 lower-case hex digits");
    }
  }
}
