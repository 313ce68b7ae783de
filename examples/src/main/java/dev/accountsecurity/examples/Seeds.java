package dev.accountsecurity.examples;

import dev.accountsecurity.api.CreateUserResult;
import dev.accountsecurity.api.LoginNameProblem;
import dev.accountsecurity.api.NewUser;
import dev.accountsecurity.api.TeamId;
import dev.accountsecurity.api.TeamMembership;
import dev.accountsecurity.api.TeamRole;
import dev.accountsecurity.api.UserAccount;
import dev.accountsecurity.core.AccountSecurity;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * The profile server's demo users: an admin and a member of team "Acme", whose credentials the
 * server prints. Seeding twice leaves the users as they are.
 */
final class Seeds {
  static final TeamId ACME = TeamId.of("acme");
  static final NewUser ADMIN = new NewUser("ada@acme.example", "Copper-Falcon-Orchard-15",
      "Ada", "Lovelace", new TeamMembership(ACME, TeamRole.ADMIN));
  static final NewUser MEMBER = new NewUser("ben@acme.example", "Tulip-Harbour-Violin-42",
      "Ben", "Smith", new TeamMembership(ACME, TeamRole.MEMBER));

  private Seeds() {}

  static void seed(AccountSecurity security, PrintStream out) {
    out.println("Demo users of team \"acme\" (login name / password / user id):");
    for (NewUser user : List.of(ADMIN, MEMBER)) {
      UserAccount account = create(security, user);
      String role = user.team() == null ? "" : user.team().role().name().toLowerCase(Locale.ROOT);
      out.println("  " + role + ": " + user.loginName() + " / " + user.password() + " / "
          + account.id());
    }
  }

  private static UserAccount create(AccountSecurity security, NewUser user) {
    CreateUserResult result = security.accounts().create(user);
    if (result instanceof CreateUserResult.Created created) {
      return created.user();
    }
    if (result instanceof CreateUserResult.InvalidLoginName invalid
        && invalid.problem() == LoginNameProblem.TAKEN) {
      return security.accounts().findByLoginName(user.loginName()).orElseThrow();
    }
    throw new IllegalStateException("seeding " + user.loginName() + " failed: " + result);
  }
}
