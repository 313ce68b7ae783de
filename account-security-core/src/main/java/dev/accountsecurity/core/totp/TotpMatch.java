package dev.accountsecurity.core.totp;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** The outcome of checking a presented TOTP code against a secret with {@link Totp#verify}. */
public sealed interface TotpMatch {

  /**
   * The code matches a time step in the window that was not used before. The caller records
   * {@link #step} as used (atomically, so that a second node cannot accept the same code).
   *
   * @param step the RFC 6238 time step the code was accepted for; where two steps in the window
   *     give the same code, the later one
   */
  record Accepted(long step) implements TotpMatch {}

  /**
   * The code matches only steps at or before the last used one: a replay, or a second login
   * within the same step (RFC 6238 section 5.2). The user waits for the next code.
   */
  record AlreadyUsed() implements TotpMatch {}

  /**
   * The code matches no step in the window.
   *
   * @param drift where it matches a step in the wider drift scan, how far that step is from the
   *     current one (positive: the device's clock is ahead); null where it matches none
   */
  record Wrong(@Nullable Duration drift) implements TotpMatch {}

  /** The input is not exactly the configured number of ASCII digits (spaces aside). */
  record Malformed() implements TotpMatch {}
}
