package dev.accountsecurity.api;

import java.util.List;

/** The outcome of creating a user. */
public sealed interface CreateUserResult {

  /**
   * The user exists now.
   *
   * @param user the new user
   */
  record Created(UserAccount user) implements CreateUserResult {}

  /**
   * The login name cannot be used; nothing was stored.
   *
   * @param problem why
   */
  record InvalidLoginName(LoginNameProblem problem) implements CreateUserResult {}

  /**
   * The password breaks the policy; nothing was stored.
   *
   * @param violations every violation at once
   */
  record WeakPassword(List<PasswordViolation> violations) implements CreateUserResult {
    /**
     * Copies the list.
     *
     * @param violations every violation at once
     */
    public WeakPassword {
      violations = List.copyOf(violations);
    }
  }

  /**
   * A name is invalid; nothing was stored.
   *
   * @param violations every invalid field
   */
  record InvalidProfile(List<ProfileViolation> violations) implements CreateUserResult {
    /**
     * Copies the list.
     *
     * @param violations every invalid field
     */
    public InvalidProfile {
      violations = List.copyOf(violations);
    }
  }
}
