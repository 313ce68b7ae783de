package dev.accountsecurity.spi;

import java.time.Instant;
import java.util.Objects;

/**
 * A TOTP secret waiting for its first code.
 *
 * @param secret the encrypted secret
 * @param expiresAt when it can no longer be confirmed
 */
public record PendingTotp(EncryptedSecret secret, Instant expiresAt) {

  /**
   * Checks the components.
   *
   * @param secret the encrypted secret
   * @param expiresAt when it can no longer be confirmed
   * @throws NullPointerException if a component is null
   */
  public PendingTotp {
    Objects.requireNonNull(secret, "secret");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }
}
