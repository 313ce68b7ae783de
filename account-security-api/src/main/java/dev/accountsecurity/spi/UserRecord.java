package dev.accountsecurity.spi;

import dev.accountsecurity.api.Profile;
import dev.accountsecurity.api.TeamMembership;
import dev.accountsecurity.api.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Everything a {@link UserStore} keeps about a user.
 *
 * @param id the identifier
 * @param loginName the canonical login name (NFKC, trimmed, lower case), unique
 * @param profile the names
 * @param team the team membership, or null
 * @param password the current password
 * @param passwordHistory hashes of earlier passwords, newest first
 * @param totpSecret the confirmed TOTP secret, or null when two-factor is off
 * @param lastTotpStep the last TOTP time step accepted, or -1 for none
 * @param pendingTotp a secret waiting for its first code, or null
 * @param recoveryCodes the unused recovery codes
 * @param createdAt when the user was created
 */
public record UserRecord(
    UserId id,
    String loginName,
    Profile profile,
    @Nullable TeamMembership team,
    StoredPassword password,
    List<StoredPassword> passwordHistory,
    @Nullable EncryptedSecret totpSecret,
    long lastTotpStep,
    @Nullable PendingTotp pendingTotp,
    List<RecoveryCodeHash> recoveryCodes,
    Instant createdAt) {

  /**
   * Checks the components and copies the lists.
   *
   * @param id the identifier
   * @param loginName the canonical login name (NFKC, trimmed, lower case), unique
   * @param profile the names
   * @param team the team membership, or null
   * @param password the current password
   * @param passwordHistory hashes of earlier passwords, newest first
   * @param totpSecret the confirmed TOTP secret, or null when two-factor is off
   * @param lastTotpStep the last TOTP time step accepted, or -1 for none
   * @param pendingTotp a secret waiting for its first code, or null
   * @param recoveryCodes the unused recovery codes
   * @param createdAt when the user was created
   * @throws NullPointerException if a non-null component is null
   */
  public UserRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(loginName, "loginName");
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(password, "password");
    passwordHistory = List.copyOf(passwordHistory);
    recoveryCodes = List.copyOf(recoveryCodes);
    Objects.requireNonNull(createdAt, "createdAt");
  }

  /**
   * Returns a new user's record: no team, no history, two-factor off.
   *
   * @param id the identifier
   * @param loginName the canonical login name
   * @param profile the names
   * @param password the first password
   * @param createdAt when
   * @return the record
   */
  public static UserRecord create(
      UserId id, String loginName, Profile profile, StoredPassword password, Instant createdAt) {
    return new UserRecord(
        id, loginName, profile, null, password, List.of(), null, -1, null, List.of(), createdAt);
  }

  /**
   * Tells whether two-factor authentication is on.
   *
   * @return true when a confirmed secret is stored
   */
  public boolean twoFactorEnabled() {
    return totpSecret != null;
  }
}
