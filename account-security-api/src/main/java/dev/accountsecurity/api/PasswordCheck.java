package dev.accountsecurity.api;

import java.util.List;

/**
 * The verdict of the password policy: every violation at once, in the order the rules are
 * listed in {@link PasswordRule}.
 *
 * @param violations the violations; empty when the password is acceptable
 */
public record PasswordCheck(List<PasswordViolation> violations) {

  /**
   * Copies the list.
   *
   * @param violations the violations; empty when the password is acceptable
   */
  public PasswordCheck {
    violations = List.copyOf(violations);
  }

  /**
   * Tells whether the password passed.
   *
   * @return true when there are no violations
   */
  public boolean isAcceptable() {
    return violations.isEmpty();
  }
}
