package dev.accountsecurity.examples.web;

import dev.accountsecurity.api.LoginEvent;
import dev.accountsecurity.api.Session;
import dev.accountsecurity.api.SessionId;
import dev.accountsecurity.api.SessionView;
import dev.accountsecurity.api.TeamMembership;
import dev.accountsecurity.api.UserAccount;
import dev.accountsecurity.examples.Labels;
import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The JSON shapes of the replies that carry more than a field or two. Immutable. */
final class Views {
  private Views() {}

  /** {@code GET /api/me}. */
  record Me(String userId, String loginName, String firstName, String lastName,
      @Nullable Team team, boolean twoFactorEnabled, int recoveryCodesLeft,
      boolean passwordChangeRequired, CurrentSession session) {

    static Me of(UserAccount user, int recoveryCodesLeft, Session session) {
      TeamMembership team = user.team();
      return new Me(user.id().value(), user.loginName(), user.profile().firstName(),
          user.profile().lastName(),
          team == null ? null : new Team(team.team().value(), lower(team.role().name())),
          user.twoFactorEnabled(), recoveryCodesLeft, user.passwordChangeRequired(),
          new CurrentSession(session.id().value(), session.twoFactorVerified()));
    }
  }

  record Team(String id, String role) {}

  record CurrentSession(String id, boolean twoFactorVerified) {}

  /** One row of the login activity. */
  record Event(String id, Instant at, String outcome, String outcomeLabel, String factor,
      String ipAddress, String location, String countryCode, String device, String deviceType,
      boolean currentSession) {

    static Event of(LoginEvent event, SessionId current) {
      return new Event(event.id().value(), event.at(), lower(event.outcome().name()),
          Labels.outcome(event.outcome()), lower(event.factor().name()), event.ipAddress(),
          Labels.location(event.location()), event.location().countryCode(),
          Labels.device(event.device()), Labels.deviceType(event.device().type()),
          current.equals(event.session()));
    }
  }

  /** One row of the live sessions. */
  record SessionRow(String id, boolean current, Instant createdAt, Instant lastSeenAt,
      String ipAddress, String location, String device, String deviceType,
      boolean twoFactorVerified) {

    static SessionRow of(SessionView view) {
      Session session = view.session();
      return new SessionRow(session.id().value(), view.current(), session.createdAt(),
          session.lastSeenAt(), session.ipAddress(), Labels.location(session.location()),
          Labels.device(session.device()), Labels.deviceType(session.device().type()),
          session.twoFactorVerified());
    }
  }

  static String lower(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
