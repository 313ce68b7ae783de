package dev.accountsecurity.api;

/** The outcome of confirming a two-factor enrolment with a first code. */
public sealed interface EnrolmentResult {

  /**
   * Two-factor authentication is on; the recovery codes are shown once.
   *
   * @param recoveryCodes the new recovery codes
   */
  record Enabled(RecoveryCodes recoveryCodes) implements EnrolmentResult {}

  /** The code is not the current one for the pending secret; nothing changed. */
  record WrongCode() implements EnrolmentResult {}

  /** The code is not 6 to 8 digits; nothing changed. */
  record MalformedCode() implements EnrolmentResult {}

  /** No enrolment was begun, or it expired; begin again. */
  record NoPendingEnrolment() implements EnrolmentResult {}

  /** Two-factor authentication is on already; disable it first. */
  record AlreadyEnabled() implements EnrolmentResult {}

  /** No such user. */
  record UnknownUser() implements EnrolmentResult {}
}
