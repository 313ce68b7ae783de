package dev.accountsecurity.api;

/** Which factor a login attempt presented: the access type shown in login activity. */
public enum Factor {
  /** The password. */
  PASSWORD,
  /** A TOTP code from an authenticator app. */
  TOTP,
  /** A recovery code. */
  RECOVERY_CODE
}
