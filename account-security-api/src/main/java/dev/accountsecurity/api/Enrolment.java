package dev.accountsecurity.api;

import java.time.Instant;
import java.util.Objects;

/**
 * A two-factor enrolment that has begun: the new secret to show the user, as text and as an
 * {@code otpauth://} URI for a QR code, until it is confirmed with a first code.
 *
 * <p>Both the secret and the URI carry the secret: {@link #toString()} masks them.
 *
 * @param secret the new secret
 * @param otpauthUri the Key URI ({@code otpauth://totp/Issuer:account?secret=...})
 * @param expiresAt when the pending secret stops being confirmable
 */
public record Enrolment(TotpSecret secret, String otpauthUri, Instant expiresAt) {

  /**
   * Checks the components.
   *
   * @param secret the new secret
   * @param otpauthUri the Key URI ({@code otpauth://totp/Issuer:account?secret=...})
   * @param expiresAt when the pending secret stops being confirmable
   * @throws NullPointerException if a component is null
   */
  public Enrolment {
    Objects.requireNonNull(secret, "secret");
    Objects.requireNonNull(otpauthUri, "otpauthUri");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }

  /** Returns a text without the secret. */
  @Override
  public String toString() {
    return "Enrolment[secret=***, otpauthUri=***, expiresAt=" + expiresAt + "]";
  }
}
