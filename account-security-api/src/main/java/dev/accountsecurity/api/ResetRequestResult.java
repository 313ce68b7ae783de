package dev.accountsecurity.api;

import java.time.Instant;

/**
 * The outcome of asking for a forgotten-password reset. Whatever it is, tell the person the same
 * thing ("if the account exists, a mail is on its way"), so the answer reveals nothing.
 */
public sealed interface ResetRequestResult {

  /**
   * A token was issued: mail it to the user. It replaces any older one.
   *
   * @param user the user to mail
   * @param token the single-use token
   * @param expiresAt when it stops working
   */
  record Issued(UserAccount user, ResetToken token, Instant expiresAt)
      implements ResetRequestResult {}

  /** No token: the login name is unknown, or requests for it are throttled. */
  record NotIssued() implements ResetRequestResult {}
}
