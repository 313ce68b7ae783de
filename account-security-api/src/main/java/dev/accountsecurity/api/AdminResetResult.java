package dev.accountsecurity.api;

/** The outcome of a team admin's reset of a member's two-factor authentication. */
public sealed interface AdminResetResult {

  /**
   * The member's two-factor authentication is off; the member can enrol again.
   *
   * @param sessionsRevoked how many of the member's sessions were ended
   */
  record Reset(int sessionsRevoked) implements AdminResetResult {}

  /**
   * The caller may not do this; nothing changed.
   *
   * @param reason why
   */
  record Refused(Reason reason) implements AdminResetResult {}

  /** Why an admin reset is refused. */
  enum Reason {
    /** The admin's session token is unknown, expired or revoked. */
    SESSION_INVALID,
    /** The caller is not an admin of a team. */
    NOT_AN_ADMIN,
    /** The member is not in the admin's team, or does not exist. */
    NOT_IN_TEAM,
    /** Admins reset other members only; another admin of the team can reset this one. */
    OWN_ACCOUNT,
    /**
     * The admin's session has not passed two-factor (or, for an admin without it, has not
     * re-authenticated recently).
     */
    STEP_UP_REQUIRED,
    /** The member has no two-factor authentication to reset. */
    NOT_ENROLLED,
    /** A reason for the audit trail is required: 1 to 500 characters on one line. */
    REASON_REQUIRED
  }
}
