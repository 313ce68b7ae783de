package dev.accountsecurity.api;

/**
 * Password policy, change and forgotten-password reset. Implementations are thread-safe.
 */
public interface Passwords {

  /**
   * Checks a candidate password against the policy, as the user types it: every violation at
   * once. The user's history is not consulted here.
   *
   * @param loginName the login name the password is for, or empty for none
   * @param password the candidate
   * @return the verdict
   */
  PasswordCheck check(String loginName, String password);

  /**
   * Changes a password: the current one must verify, the new one pass the policy and differ
   * from the current and the recent ones. The hash is replaced in one atomic store operation;
   * the user's other sessions end.
   *
   * @param user the user
   * @param currentPassword the current password
   * @param newPassword the new password
   * @param currentSession the caller's session, which stays; null to end every session
   * @return the outcome
   */
  PasswordChangeResult change(
      UserId user,
      String currentPassword,
      String newPassword,
      @org.jspecify.annotations.Nullable SessionId currentSession);

  /**
   * Asks for a forgotten-password reset. Answers the same way, at the same cost, whether or not
   * the login name exists.
   *
   * @param loginName the login name as typed
   * @param client the client asking, for throttling
   * @return the token to mail, or nothing to do
   */
  ResetRequestResult requestReset(String loginName, ClientInfo client);

  /**
   * Completes a forgotten-password reset: the token is used up, the new password stored, every
   * session ended, any lock cleared. It never signs in.
   *
   * @param token the token from the mail
   * @param newPassword the new password
   * @return the outcome
   */
  ResetResult completeReset(ResetToken token, String newPassword);
}
