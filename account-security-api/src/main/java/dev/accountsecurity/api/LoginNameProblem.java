package dev.accountsecurity.api;

/** Why a login name cannot be used. */
public enum LoginNameProblem {
  /** Empty after trimming. */
  EMPTY,
  /** Longer than 254 characters, the longest e-mail address. */
  TOO_LONG,
  /** Holds white space, a control or a format character. */
  ILLEGAL_CHARACTER,
  /** Another user has it already, ignoring case. */
  TAKEN
}
