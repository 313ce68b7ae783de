package dev.accountsecurity.api;

/** A user's role within a team. */
public enum TeamRole {
  /** May reset the two-factor authentication of the team's other members. */
  ADMIN,
  /** An ordinary member. */
  MEMBER
}
