package dev.accountsecurity.api;

import java.util.List;

/** The outcome of completing a forgotten-password reset. It never signs the user in. */
public sealed interface ResetResult {

  /**
   * The new password is in place, every session ended, the token used up.
   *
   * @param user the user
   * @param sessionsRevoked how many sessions were ended
   */
  record Completed(UserId user, int sessionsRevoked) implements ResetResult {}

  /** The token is unknown, expired, used, or out of tries; nothing changed. */
  record InvalidToken() implements ResetResult {}

  /**
   * The new password breaks the policy; nothing changed. The token still works, for up to 5
   * such refusals: each tells whether a guess was a recent password, so they are counted.
   *
   * @param violations every violation at once
   */
  record PolicyViolated(List<PasswordViolation> violations) implements ResetResult {
    /**
     * Copies the list.
     *
     * @param violations every violation at once
     */
    public PolicyViolated {
      violations = List.copyOf(violations);
    }
  }
}
