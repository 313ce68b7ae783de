package dev.accountsecurity.core.totp;

/**
 * A sealed TOTP secret could not be opened, or a secret could not be sealed: the key id is
 * unknown, the ciphertext was sealed for another user, was changed, or is not well formed. The
 * message names the key id at most, never data.
 */
public final class SecretBoxException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  SecretBoxException(String message) {
    super(message);
  }

  SecretBoxException(String message, Throwable cause) {
    super(message, cause);
  }
}
