package dev.accountsecurity.api;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What it takes to create a user. Holds a password: {@link #toString()} masks it.
 *
 * @param loginName the login name as typed; stored canonical (NFKC, trimmed, lower case)
 * @param password the first password, checked against the policy
 * @param firstName the first name
 * @param lastName the last name
 * @param team the team membership, or null
 */
public record NewUser(
    String loginName,
    String password,
    String firstName,
    String lastName,
    @Nullable TeamMembership team) {

  /**
   * Checks the components for null; their content is checked when the user is created.
   *
   * @param loginName the login name as typed; stored canonical (NFKC, trimmed, lower case)
   * @param password the first password, checked against the policy
   * @param firstName the first name
   * @param lastName the last name
   * @param team the team membership, or null
   * @throws NullPointerException if a non-null component is null
   */
  public NewUser {
    Objects.requireNonNull(loginName, "loginName");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(firstName, "firstName");
    Objects.requireNonNull(lastName, "lastName");
  }

  /** Returns a text without the password. */
  @Override
  public String toString() {
    return "NewUser[loginName=" + loginName + ", password=***, team=" + team + "]";
  }
}
