package dev.accountsecurity.api;

/** The outcome of a user's turning two-factor authentication off. */
public sealed interface DisableResult {

  /**
   * Two-factor authentication is off; secret and recovery codes are deleted.
   *
   * @param sessionsRevoked how many of the user's other sessions were ended
   */
  record Disabled(int sessionsRevoked) implements DisableResult {}

  /**
   * The password or code given as proof was wrong, or refused by throttling; nothing changed.
   *
   * @param check why the proof failed, for a code; null for a wrong password
   */
  record ReauthenticationFailed(@org.jspecify.annotations.Nullable CodeCheck check)
      implements DisableResult {}

  /** Two-factor authentication was not on. */
  record NotEnabled() implements DisableResult {}

  /** No such user. */
  record UnknownUser() implements DisableResult {}
}
