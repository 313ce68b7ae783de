package dev.accountsecurity.api;

import java.util.Optional;

/**
 * TOTP two-factor authentication: enrolment, recovery codes, disable, and a team admin's reset.
 * Implementations are thread-safe.
 */
public interface TwoFactor {

  /**
   * Begins an enrolment: a new secret, kept encrypted and pending for a while, replacing any
   * earlier pending one.
   *
   * @param user the user
   * @return the secret and its Key URI, or empty for an unknown user or one with two-factor on
   */
  Optional<Enrolment> beginEnrolment(UserId user);

  /**
   * Confirms an enrolment with a code from the app: only a valid code for the pending secret
   * turns two-factor on. That code's step counts as used.
   *
   * @param user the user
   * @param code the code from the app
   * @return the recovery codes to show once, or why not
   * @throws IllegalStateException if the key that encrypted the pending secret is not configured
   */
  EnrolmentResult confirmEnrolment(UserId user, String code);

  /**
   * Checks a TOTP code or a recovery code outside a login, for example as a step-up before a
   * sensitive change. Replay protection and throttling apply as at login.
   *
   * @param user the user
   * @param code the code
   * @return the outcome
   * @throws IllegalStateException if the key that encrypted the user's secret is not configured
   */
  CodeCheck verify(UserId user, String code);

  /**
   * Replaces every recovery code with new ones.
   *
   * @param user the user
   * @param proof the current password or a current code
   * @return the new codes, or empty when the proof failed or two-factor is off
   */
  Optional<RecoveryCodes> regenerateRecoveryCodes(UserId user, Reauthentication proof);

  /**
   * Counts the recovery codes left.
   *
   * @param user the user
   * @return how many are left; 0 for an unknown user
   */
  int remainingRecoveryCodes(UserId user);

  /**
   * Turns two-factor authentication off after re-authentication; secret and recovery codes are
   * deleted.
   *
   * @param user the user
   * @param proof the current password or a current code
   * @param currentSession the caller's session, which stays; null to end every session
   * @return the outcome
   */
  DisableResult disable(
      UserId user,
      Reauthentication proof,
      @org.jspecify.annotations.Nullable SessionId currentSession);

  /**
   * A team admin resets a member's two-factor authentication. The admin must be signed in with
   * two-factor in that session (or, without two-factor, have re-authenticated recently), must
   * not be the member, and must admin the member's team.
   *
   * @param adminSession the admin's session token
   * @param member the member
   * @param reason why, for the audit trail: 1 to 500 characters
   * @return the outcome; any refusal changes nothing
   */
  AdminResetResult adminReset(SessionToken adminSession, UserId member, String reason);
}
