package dev.accountsecurity.api;

import java.util.Objects;

/**
 * The team a user belongs to and the role held there.
 *
 * @param team the team
 * @param role the role in the team
 */
public record TeamMembership(TeamId team, TeamRole role) {

  /**
   * Checks the components.
   *
   * @param team the team
   * @param role the role in the team
   * @throws NullPointerException if a component is null
   */
  public TeamMembership {
    Objects.requireNonNull(team, "team");
    Objects.requireNonNull(role, "role");
  }

  /**
   * Tells whether this membership makes its holder an admin of the given team.
   *
   * @param other the team to ask about
   * @return true for an admin of that very team
   */
  public boolean isAdminOf(TeamId other) {
    return role == TeamRole.ADMIN && team.equals(other);
  }
}
