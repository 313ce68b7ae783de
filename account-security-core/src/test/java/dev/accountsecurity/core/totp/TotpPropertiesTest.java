package dev.accountsecurity.core.totp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

class TotpPropertiesTest {

  /**
   * A code made for time t is accepted at every time whose step is within the window of t's
   * step, and for none outside it. Where a later step in the window happens to give the same
   * code, that later step is the one accepted.
   */
  @Property
  void verify_codeForTime_acceptedExactlyWithinWindow(
      @ForAll @Size(20) byte[] secret,
      @ForAll @LongRange(min = 0, max = 40_000_000_000L) long seconds,
      @ForAll @IntRange(min = 0, max = 3) int window,
      @ForAll @IntRange(min = -16, max = 16) int offsetSteps,
      @ForAll @IntRange(min = 0, max = 29) int secondIntoStep,
      @ForAll HmacAlgorithm algorithm) {
    Totp totp = Totp.builder().algorithm(algorithm).window(window).build();
    long codeStep = totp.step(Instant.ofEpochSecond(seconds));
    int code = totp.code(secret, codeStep);
    Instant now = Instant.ofEpochSecond((codeStep + offsetSteps) * 30 + secondIntoStep);

    TotpMatch match = totp.verify(secret, totp.format(code), now, -1);

    if (Math.abs(offsetSteps) <= window) {
      long accepted = assertInstanceOf(TotpMatch.Accepted.class, match).step();
      assertTrue(accepted == codeStep || sameCodeLater(totp, secret, code, accepted, codeStep));
    } else {
      assertFalse(match.equals(new TotpMatch.Accepted(codeStep)), match.toString());
    }
  }

  /** With a last used step at or after the code's step, a code is never accepted for it. */
  @Property
  void verify_lastUsedAtOrAfterStep_neverAcceptedForThatStep(
      @ForAll @Size(20) byte[] secret,
      @ForAll @LongRange(min = 0, max = 40_000_000_000L) long seconds,
      @ForAll @IntRange(min = 0, max = 3) int usedAhead) {
    Totp totp = Totp.defaults();
    Instant now = Instant.ofEpochSecond(seconds);
    long step = totp.step(now);

    String code = totp.format(totp.code(secret, step));

    TotpMatch match = totp.verify(secret, code, now, step + usedAhead);

    assertFalse(match.equals(new TotpMatch.Accepted(step)), match.toString());
    if (usedAhead >= 1) {
      assertEquals(new TotpMatch.AlreadyUsed(), match);
    }
  }

  private static boolean sameCodeLater(
      Totp totp, byte[] secret, int code, long accepted, long codeStep) {
    return accepted > codeStep && totp.code(secret, accepted) == code;
  }
}
