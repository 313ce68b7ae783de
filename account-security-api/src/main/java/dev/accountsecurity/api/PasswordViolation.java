package dev.accountsecurity.api;

import java.util.Map;
import java.util.Objects;

/**
 * One way a password breaks the policy: a stable code and its parameters, for example {@code
 * TOO_SHORT} with {@code minimum=8, actual=5}. Never holds the password.
 *
 * @param rule the rule broken
 * @param parameters the rule's parameters by name, values as decimal text
 */
public record PasswordViolation(PasswordRule rule, Map<String, String> parameters) {

  /**
   * Copies the parameters.
   *
   * @param rule the rule broken
   * @param parameters the rule's parameters by name, values as decimal text
   * @throws NullPointerException if a component is null
   */
  public PasswordViolation {
    Objects.requireNonNull(rule, "rule");
    parameters = Map.copyOf(parameters);
  }

  /**
   * Returns a violation without parameters.
   *
   * @param rule the rule broken
   * @return the violation
   */
  public static PasswordViolation of(PasswordRule rule) {
    return new PasswordViolation(rule, Map.of());
  }

  /**
   * Returns a violation with two whole-number parameters.
   *
   * @param rule the rule broken
   * @param name1 the first parameter's name
   * @param value1 the first parameter's value
   * @param name2 the second parameter's name
   * @param value2 the second parameter's value
   * @return the violation
   */
  public static PasswordViolation of(
      PasswordRule rule, String name1, int value1, String name2, int value2) {
    return new PasswordViolation(
        rule, Map.of(name1, Integer.toString(value1), name2, Integer.toString(value2)));
  }

  /**
   * Returns a violation with one whole-number parameter.
   *
   * @param rule the rule broken
   * @param name the parameter's name
   * @param value the parameter's value
   * @return the violation
   */
  public static PasswordViolation of(PasswordRule rule, String name, int value) {
    return new PasswordViolation(rule, Map.of(name, Integer.toString(value)));
  }

  /**
   * Returns the English default message, for example {@code Use at least 8 characters (this
   * has 5).}
   *
   * @return the message
   */
  public String message() {
    switch (rule) {
      case TOO_SHORT:
        return "Use at least " + p("minimum") + " characters (this has " + p("actual") + ").";
      case TOO_LONG:
        return "Use at most " + p("maximum") + " characters (this has " + p("actual") + ").";
      case MISSING_LOWERCASE:
        return "Add a lower-case letter.";
      case MISSING_UPPERCASE:
        return "Add an upper-case letter.";
      case MISSING_DIGIT:
        return "Add a digit.";
      case MISSING_SPECIAL:
        return "Add a special character, such as ! or #.";
      case ILLEGAL_CHARACTER:
        return "Remove the invisible or control character at position " + p("position") + ".";
      case CONTAINS_LOGIN_NAME:
        return "Do not use your login name in the password.";
      case COMMON_PASSWORD:
        return "This password is too common; choose one that is hard to guess.";
      case TOO_WEAK:
        return "This password is too easy to guess; make it longer or less predictable.";
      case RECENTLY_USED:
        return "Do not reuse one of your last " + p("remembered") + " passwords.";
      case SAME_AS_CURRENT:
        return "The new password must differ from the current one.";
      default:
        throw new AssertionError(rule);
    }
  }

  private String p(String name) {
    return parameters.getOrDefault(name, "?");
  }
}
