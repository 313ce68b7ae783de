package dev.accountsecurity.spi;

import dev.accountsecurity.api.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * A single-use token as stored: only its hash.
 *
 * @param hash the SHA-256 of the token
 * @param purpose what it is for
 * @param user whom it is for
 * @param expiresAt when it stops working
 * @param attemptsLeft how many more wrong tries it allows (challenges), 0 or more
 */
public record OneTimeToken(
    TokenHash hash, TokenPurpose purpose, UserId user, Instant expiresAt, int attemptsLeft) {

  /**
   * Checks the components.
   *
   * @param hash the SHA-256 of the token
   * @param purpose what it is for
   * @param user whom it is for
   * @param expiresAt when it stops working
   * @param attemptsLeft how many more wrong tries it allows (challenges), 0 or more
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if {@code attemptsLeft} is negative
   */
  public OneTimeToken {
    Objects.requireNonNull(hash, "hash");
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(expiresAt, "expiresAt");
    if (attemptsLeft < 0) {
      throw new IllegalArgumentException("attemptsLeft must be >= 0 but was " + attemptsLeft);
    }
  }
}
