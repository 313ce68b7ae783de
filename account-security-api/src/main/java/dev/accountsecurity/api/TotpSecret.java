package dev.accountsecurity.api;

import java.util.Objects;

/**
 * A TOTP shared secret in RFC 4648 Base32, as shown to a user who types it into an authenticator
 * app instead of scanning the QR code.
 *
 * <p>{@link #toString()} masks it; {@link #base32()} is the one way to read it.
 */
public final class TotpSecret {
  private final String base32;

  private TotpSecret(String base32) {
    this.base32 = base32;
  }

  /**
   * Wraps a Base32 text. The text is not decoded here.
   *
   * @param base32 the secret in Base32
   * @return the secret
   * @throws NullPointerException if {@code base32} is null
   */
  public static TotpSecret ofBase32(String base32) {
    return new TotpSecret(Objects.requireNonNull(base32, "base32"));
  }

  /**
   * Returns the secret in Base32 without padding, to show to the user being enrolled.
   *
   * @return the secret text
   */
  public String base32() {
    return base32;
  }

  /** Returns a mask, never the secret. */
  @Override
  public String toString() {
    return "TotpSecret[***]";
  }
}
