package dev.accountsecurity.api;

import java.util.List;

/** The outcome of changing a password. */
public sealed interface PasswordChangeResult {

  /**
   * The new password is in place.
   *
   * @param sessionsRevoked how many of the user's other sessions were ended
   */
  record Changed(int sessionsRevoked) implements PasswordChangeResult {}

  /** The current password did not verify; nothing changed. */
  record WrongCurrentPassword() implements PasswordChangeResult {}

  /**
   * The new password breaks the policy; nothing changed.
   *
   * @param violations every violation at once
   */
  record PolicyViolated(List<PasswordViolation> violations) implements PasswordChangeResult {
    /**
     * Copies the list.
     *
     * @param violations every violation at once
     */
    public PolicyViolated {
      violations = List.copyOf(violations);
    }
  }

  /**
   * Too many wrong current passwords; nothing changed and the hasher was not called.
   *
   * @param retryAfter how long to wait before the next try; zero when the password is disabled
   *     after too many failures, until a forgotten-password reset
   */
  record Throttled(java.time.Duration retryAfter) implements PasswordChangeResult {}

  /** No such user; nothing changed. */
  record UnknownUser() implements PasswordChangeResult {}
}
