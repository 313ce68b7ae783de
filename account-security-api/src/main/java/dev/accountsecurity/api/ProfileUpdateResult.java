package dev.accountsecurity.api;

import java.util.List;

/** The outcome of updating the profile names. */
public sealed interface ProfileUpdateResult {

  /**
   * The names were stored.
   *
   * @param profile the names as stored: trimmed and NFC-normalised
   */
  record Updated(Profile profile) implements ProfileUpdateResult {}

  /**
   * A name is invalid; nothing changed.
   *
   * @param violations every invalid field
   */
  record Invalid(List<ProfileViolation> violations) implements ProfileUpdateResult {
    /**
     * Copies the list.
     *
     * @param violations every invalid field
     */
    public Invalid {
      violations = List.copyOf(violations);
    }
  }

  /** No such user; nothing changed. */
  record UnknownUser() implements ProfileUpdateResult {}
}
