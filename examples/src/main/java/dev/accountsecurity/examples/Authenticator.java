package dev.accountsecurity.examples;

import dev.accountsecurity.core.totp.Base32;
import dev.accountsecurity.core.totp.Totp;
import java.time.Clock;
import java.util.Objects;

/**
 * The phone's authenticator app: holds the secret read from the QR code (or typed in) and shows
 * the code of the current time step, as any RFC 6238 app does. Thread-safe.
 */
public final class Authenticator {
  private final Totp totp = Totp.defaults();
  private final Totp.Key key;
  private final Clock clock;

  private Authenticator(byte[] secret, Clock clock) {
    this.key = totp.key(secret);
    this.clock = clock;
  }

  /**
   * Sets up the app with a Base32 secret, as shown beside the QR code.
   *
   * @param base32 the secret
   * @param clock the phone's clock
   * @return the app
   * @throws IllegalArgumentException if the secret is not Base32 or of an unusable length
   */
  public static Authenticator scan(String base32, Clock clock) {
    Objects.requireNonNull(base32, "base32");
    Objects.requireNonNull(clock, "clock");
    return new Authenticator(Base32.decode(base32), clock);
  }

  /**
   * Returns the code the app shows now.
   *
   * @return the code, zero-padded
   */
  public String code() {
    return totp.format(totp.code(key, totp.step(clock.instant())));
  }
}
