package dev.accountsecurity.api;

import java.util.Objects;

/**
 * One invalid profile field and why.
 *
 * @param field the field
 * @param problem what is wrong with it
 */
public record ProfileViolation(ProfileField field, Problem problem) {

  /** What can be wrong with a name. */
  public enum Problem {
    /** Empty after trimming. */
    EMPTY,
    /** Longer than 100 code points after normalisation. */
    TOO_LONG,
    /** Holds a control or format character. */
    CONTROL_CHARACTER
  }

  /**
   * Checks the components.
   *
   * @param field the field
   * @param problem what is wrong with it
   * @throws NullPointerException if a component is null
   */
  public ProfileViolation {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(problem, "problem");
  }

  /**
   * Returns an English default message, for example {@code First name is required.}
   *
   * @return the message
   */
  public String message() {
    String name = field == ProfileField.FIRST_NAME ? "First name" : "Last name";
    switch (problem) {
      case EMPTY:
        return name + " is required.";
      case TOO_LONG:
        return name + " must be at most 100 characters.";
      default:
        return name + " must not contain invisible or control characters.";
    }
  }
}
