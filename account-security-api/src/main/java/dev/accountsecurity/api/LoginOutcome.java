package dev.accountsecurity.api;

/** How a login attempt ended, as recorded in login activity. */
public enum LoginOutcome {
  /** Signed in: a session was created. */
  SUCCESS,
  /** Signed in with a recovery code: a session was created and the code used up. */
  RECOVERY_CODE_USED,
  /** The password was right; a second factor was asked for. */
  SECOND_FACTOR_REQUIRED,
  /** The password was wrong. */
  WRONG_PASSWORD,
  /** The TOTP or recovery code was wrong. */
  WRONG_CODE,
  /** The TOTP code was for a time step already used. */
  CODE_REUSED,
  /** Refused without checking: too many recent failures. */
  THROTTLED,
  /** Refused: the password factor is disabled after too many failures, until a reset. */
  PASSWORD_DISABLED,
  /** The login name is not known; such events belong to no user's list. */
  UNKNOWN_LOGIN_NAME;

  /**
   * Tells whether the attempt created a session.
   *
   * @return true for {@link #SUCCESS} and {@link #RECOVERY_CODE_USED}
   */
  public boolean signedIn() {
    return this == SUCCESS || this == RECOVERY_CODE_USED;
  }
}
