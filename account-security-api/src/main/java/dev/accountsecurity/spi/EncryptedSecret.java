package dev.accountsecurity.spi;

import java.util.Objects;

/**
 * A TOTP secret encrypted with AES-256-GCM, the user id bound as associated data.
 *
 * @param keyId the id of the key it is encrypted under, so keys can rotate
 * @param ciphertext Base64 of the 12-byte nonce followed by ciphertext and tag
 */
public record EncryptedSecret(String keyId, String ciphertext) {

  /**
   * Checks the components.
   *
   * @param keyId the id of the key it is encrypted under, so keys can rotate
   * @param ciphertext Base64 of the 12-byte nonce followed by ciphertext and tag
   * @throws NullPointerException if a component is null
   */
  public EncryptedSecret {
    Objects.requireNonNull(keyId, "keyId");
    Objects.requireNonNull(ciphertext, "ciphertext");
  }
}
