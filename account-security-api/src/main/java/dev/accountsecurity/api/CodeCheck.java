package dev.accountsecurity.api;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of checking a TOTP code or a recovery code for a user with two-factor
 * authentication on.
 */
public sealed interface CodeCheck {

  /**
   * Tells whether the code was accepted.
   *
   * @return true for {@link Accepted} and {@link RecoveryCodeAccepted}
   */
  default boolean accepted() {
    return this instanceof Accepted || this instanceof RecoveryCodeAccepted;
  }

  /**
   * The TOTP code was right; its time step is now used up.
   *
   * @param step the RFC 6238 time step the code was accepted for
   */
  record Accepted(long step) implements CodeCheck {}

  /**
   * A recovery code was right and is now used up.
   *
   * @param remaining how many recovery codes are left
   */
  record RecoveryCodeAccepted(int remaining) implements CodeCheck {}

  /**
   * The code was right for a time step that was already used: wait for the next code (RFC 6238
   * section 5.2).
   */
  record AlreadyUsed() implements CodeCheck {}

  /**
   * The code is wrong.
   *
   * @param clockDrift where the code would have matched a few steps outside the window, about
   *     how far the device's clock is off (positive: the device is ahead, and that later step is
   *     burnt so the code never works), else null
   */
  record Wrong(@Nullable Duration clockDrift) implements CodeCheck {}

  /** The input is neither 6 to 8 digits nor shaped like a recovery code. */
  record Malformed() implements CodeCheck {}

  /**
   * Too many wrong codes in a row: refused without checking.
   *
   * @param retryAfter how long to wait
   */
  record Throttled(Duration retryAfter) implements CodeCheck {}

  /**
   * So many wrong codes in a row that TOTP is suspended until a recovery code or an admin's
   * reset.
   */
  record TotpSuspended() implements CodeCheck {}

  /** The user has no two-factor authentication on, or does not exist. */
  record NotEnrolled() implements CodeCheck {}
}
