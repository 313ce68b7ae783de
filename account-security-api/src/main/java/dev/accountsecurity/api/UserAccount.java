package dev.accountsecurity.api;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a host may show about a user: never a hash or a secret.
 *
 * @param id the user's identifier
 * @param loginName the login name, in its canonical form (NFKC, lower case)
 * @param profile the profile names
 * @param team the team membership, or null for a user outside any team
 * @param twoFactorEnabled whether TOTP two-factor authentication is on
 * @param passwordChangeRequired whether the next login must choose a new password
 * @param createdAt when the user was created
 */
public record UserAccount(
    UserId id,
    String loginName,
    Profile profile,
    @Nullable TeamMembership team,
    boolean twoFactorEnabled,
    boolean passwordChangeRequired,
    Instant createdAt) {

  /**
   * Checks the components.
   *
   * @param id the user's identifier
   * @param loginName the login name, in its canonical form (NFKC, lower case)
   * @param profile the profile names
   * @param team the team membership, or null for a user outside any team
   * @param twoFactorEnabled whether TOTP two-factor authentication is on
   * @param passwordChangeRequired whether the next login must choose a new password
   * @param createdAt when the user was created
   * @throws NullPointerException if a non-null component is null
   */
  public UserAccount {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(loginName, "loginName");
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(createdAt, "createdAt");
  }
}
