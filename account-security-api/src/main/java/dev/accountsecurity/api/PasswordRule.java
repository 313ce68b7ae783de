package dev.accountsecurity.api;

/**
 * The stable code of each way a password can break the policy. Hosts key their own messages on
 * these codes; {@link PasswordViolation#message()} gives an English default.
 */
public enum PasswordRule {
  /** Fewer code points than the minimum; parameters {@code minimum}, {@code actual}. */
  TOO_SHORT,
  /** More code points than the maximum; parameters {@code maximum}, {@code actual}. */
  TOO_LONG,
  /** No lower-case letter. */
  MISSING_LOWERCASE,
  /** No upper-case letter. */
  MISSING_UPPERCASE,
  /** No digit. */
  MISSING_DIGIT,
  /** No character that is neither letter nor digit. */
  MISSING_SPECIAL,
  /** A control, format, surrogate or unassigned character; parameter {@code position}. */
  ILLEGAL_CHARACTER,
  /** Equal to or containing the login name, ignoring case. */
  CONTAINS_LOGIN_NAME,
  /** On the list of the most common passwords. */
  COMMON_PASSWORD,
  /** Scored below the configured strength; parameters {@code minimum}, {@code actual}. */
  TOO_WEAK,
  /** One of the user's recent passwords; parameter {@code remembered}. */
  RECENTLY_USED,
  /** The same as the current password. */
  SAME_AS_CURRENT
}
