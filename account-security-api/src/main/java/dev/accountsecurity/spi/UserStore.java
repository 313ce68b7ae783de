package dev.accountsecurity.spi;

import dev.accountsecurity.api.Profile;
import dev.accountsecurity.api.TeamMembership;
import dev.accountsecurity.api.UserId;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Users with their password, profile, team and two-factor state.
 *
 * <p>Methods that return {@code boolean} answer false for an unknown user, and change nothing
 * then. Implementations are thread-safe; the methods documented as atomic must hold across
 * service instances sharing the store.
 */
public interface UserStore {

  /**
   * Stores a new user, atomically refusing a taken id or login name.
   *
   * @param user the user
   * @return false when the id or login name is taken; nothing is stored then
   */
  boolean create(UserRecord user);

  /**
   * Finds a user by identifier.
   *
   * @param id the identifier
   * @return the user, or empty
   */
  Optional<UserRecord> findById(UserId id);

  /**
   * Finds a user by canonical login name, exactly.
   *
   * @param loginName the canonical login name
   * @return the user, or empty
   */
  Optional<UserRecord> findByLoginName(String loginName);

  /**
   * Replaces the profile names.
   *
   * @param id the user
   * @param profile the names
   * @return false for an unknown user
   */
  boolean updateProfile(UserId id, Profile profile);

  /**
   * Replaces the team membership.
   *
   * @param id the user
   * @param team the membership, or null for none
   * @return false for an unknown user
   */
  boolean updateTeam(UserId id, @Nullable TeamMembership team);

  /**
   * Atomically replaces the password if the stored hash is still {@code expectedHash}, moving the
   * old one to the front of the history and keeping at most {@code historySize} entries there.
   * Losing a race with another change or re-hash answers false and changes nothing.
   *
   * @param id the user
   * @param expectedHash the hash the caller verified against
   * @param next the new password
   * @param historySize how many earlier passwords to keep, 0 or more
   * @return true when replaced
   */
  boolean replacePassword(UserId id, String expectedHash, StoredPassword next, int historySize);

  /**
   * Atomically replaces the stored hash with an equivalent one (a re-hash at new parameters),
   * if it is still {@code expectedHash}; the history is untouched.
   *
   * @param id the user
   * @param expectedHash the hash the caller verified against
   * @param rehashed the new hash of the same password
   * @return true when replaced
   */
  boolean rehashPassword(UserId id, String expectedHash, StoredPassword rehashed);

  /**
   * Marks the password as needing a change at the next login.
   *
   * @param id the user
   * @return false for an unknown user
   */
  boolean requirePasswordChange(UserId id);

  /**
   * Stores a pending TOTP secret, replacing any earlier pending one.
   *
   * @param id the user
   * @param pending the pending secret
   * @return false for an unknown user
   */
  boolean savePendingTotp(UserId id, PendingTotp pending);

  /**
   * Atomically turns two-factor on: if the pending secret is still {@code pending}, it becomes
   * the confirmed secret, {@code acceptedStep} the last used step, and the recovery codes are
   * replaced; the pending secret is cleared.
   *
   * @param id the user
   * @param pending the pending secret the code was checked against
   * @param acceptedStep the step of the confirming code
   * @param recoveryCodes the new recovery codes
   * @return false when the pending secret changed or is gone, or the user is unknown
   */
  boolean enableTotp(
      UserId id, PendingTotp pending, long acceptedStep, List<RecoveryCodeHash> recoveryCodes);

  /**
   * Atomically records {@code step} as the last used TOTP step if it is greater than the stored
   * one. Two concurrent calls with one step: exactly one answers true.
   *
   * @param id the user
   * @param step the step a code was accepted for
   * @return true when recorded; false when that step or a later one was used already
   */
  boolean advanceTotpStep(UserId id, long step);

  /**
   * Turns two-factor off: deletes the secret, any pending secret and the recovery codes, and
   * resets the last used step.
   *
   * @param id the user
   * @return false for an unknown user or one with two-factor off already
   */
  boolean disableTotp(UserId id);

  /**
   * Replaces every recovery code.
   *
   * @param id the user
   * @param recoveryCodes the new codes
   * @return false for an unknown user
   */
  boolean replaceRecoveryCodes(UserId id, List<RecoveryCodeHash> recoveryCodes);

  /**
   * Atomically deletes the recovery code in {@code slot} if its hash is still {@code hash}.
   * Two concurrent calls for one code: exactly one answers true.
   *
   * @param id the user
   * @param slot the code's slot
   * @param hash the hash the caller verified against
   * @return true when this call consumed the code
   */
  boolean consumeRecoveryCode(UserId id, int slot, String hash);
}
