package dev.accountsecurity.api;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The outcome of a login step. */
public sealed interface LoginResult {

  /**
   * Signed in.
   *
   * @param session the new session
   * @param token the session token for the client; the library keeps only its hash
   * @param passwordChangeRequired true when the user must choose a new password now: the
   *     password predates the policy's version, or the host required a change
   */
  record Authenticated(Session session, SessionToken token, boolean passwordChangeRequired)
      implements LoginResult {}

  /**
   * The password was right; ask for a TOTP or recovery code and complete with the challenge.
   *
   * @param challenge the single-use challenge token
   * @param expiresAt when the challenge stops working
   */
  record SecondFactorRequired(ChallengeToken challenge, Instant expiresAt)
      implements LoginResult {}

  /**
   * Refused. Show the person {@link RefusalReason#publicMessage()}.
   *
   * @param reason why, for the host's logs
   * @param retryAfter how long to wait before the next try, where throttled, else null
   * @param clockDrift for a wrong TOTP code that would match a few steps away, about how far
   *     the device's clock is off, else null
   */
  record Refused(
      RefusalReason reason, @Nullable Duration retryAfter, @Nullable Duration clockDrift)
      implements LoginResult {

    /**
     * Returns a refusal with no wait and no clock hint.
     *
     * @param reason why
     * @return the refusal
     */
    public static Refused of(RefusalReason reason) {
      return new Refused(reason, null, null);
    }
  }
}
