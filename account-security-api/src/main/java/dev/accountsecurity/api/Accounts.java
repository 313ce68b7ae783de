package dev.accountsecurity.api;

import java.util.Optional;

/**
 * Users and their profile names. Implementations are thread-safe.
 */
public interface Accounts {

  /**
   * Creates a user after checking the login name, the password against the policy, and the
   * names. Nothing is stored unless everything passes.
   *
   * @param request the new user
   * @return the user, or every problem found
   * @throws NullPointerException if {@code request} is null
   */
  CreateUserResult create(NewUser request);

  /**
   * Finds a user by identifier.
   *
   * @param user the identifier
   * @return the user, or empty
   */
  Optional<UserAccount> find(UserId user);

  /**
   * Finds a user by login name, ignoring case.
   *
   * @param loginName the login name as typed
   * @return the user, or empty
   */
  Optional<UserAccount> findByLoginName(String loginName);

  /**
   * Replaces the profile names. Names are trimmed and NFC-normalised, then must hold 1 to 100
   * code points and no control or format characters.
   *
   * @param user the user
   * @param firstName the first name
   * @param lastName the last name
   * @return the names as stored, every invalid field, or unknown user; nothing changes on
   *     failure
   */
  ProfileUpdateResult updateProfile(UserId user, String firstName, String lastName);

  /**
   * Puts a user into a team, or out of any team.
   *
   * @param user the user
   * @param membership the membership, or null for none
   * @return false for an unknown user
   */
  boolean setTeam(UserId user, @org.jspecify.annotations.Nullable TeamMembership membership);
}
