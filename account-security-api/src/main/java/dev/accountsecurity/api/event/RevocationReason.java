package dev.accountsecurity.api.event;

/** Why sessions were ended. */
public enum RevocationReason {
  /** The user ended them from the sessions list. */
  USER_REQUEST,
  /** The password was changed: the other sessions end. */
  PASSWORD_CHANGED,
  /** The password was reset: every session ends. */
  PASSWORD_RESET,
  /** Two-factor authentication was turned off. */
  TWO_FACTOR_DISABLED,
  /** A team admin reset two-factor authentication. */
  TWO_FACTOR_RESET,
  /** The user reported a login as not theirs. */
  NOT_ME
}
