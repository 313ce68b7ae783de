package dev.accountsecurity.spi;

/** What a one-time token is for. */
public enum TokenPurpose {
  /** A forgotten-password reset. */
  PASSWORD_RESET,
  /** A login waiting for its second factor. */
  LOGIN_CHALLENGE
}
