package dev.accountsecurity.api;

/**
 * Why a login was refused, for the host's logs. What the person is told should come from {@link
 * #publicMessage()}, which says the same for an unknown login name as for a wrong password.
 */
public enum RefusalReason {
  /** No user has that login name. */
  UNKNOWN_LOGIN_NAME,
  /** The password was wrong. */
  WRONG_PASSWORD,
  /** Too many recent failures: wait, then try again. */
  THROTTLED,
  /** The account is locked for a while after many failures. */
  LOCKED,
  /** The password is disabled after very many failures; a password reset opens it again. */
  PASSWORD_DISABLED,
  /** The challenge is unknown, expired, used, or out of attempts: log in again. */
  CHALLENGE_INVALID,
  /** The second-factor code was wrong. */
  WRONG_CODE,
  /** The TOTP code was already used: wait for the next one. */
  CODE_ALREADY_USED;

  /**
   * Returns an English message safe to show the person: it never tells whether a login name
   * exists.
   *
   * @return the message
   */
  public String publicMessage() {
    switch (this) {
      case UNKNOWN_LOGIN_NAME:
      case WRONG_PASSWORD:
        return "The login name or password is incorrect.";
      case THROTTLED:
        return "Too many attempts. Please wait a moment and try again.";
      case LOCKED:
        return "Too many attempts. Sign-in is paused for a while; you can also reset your"
            + " password.";
      case PASSWORD_DISABLED:
        return "Sign-in with this password is disabled. Please reset your password.";
      case CHALLENGE_INVALID:
        return "This sign-in has expired. Please start again.";
      case WRONG_CODE:
        return "The code is incorrect.";
      case CODE_ALREADY_USED:
        return "This code was used already. Please wait for the next code.";
      default:
        throw new AssertionError(this);
    }
  }
}
