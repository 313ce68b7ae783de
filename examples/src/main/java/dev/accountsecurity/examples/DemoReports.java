package dev.accountsecurity.examples;

import dev.accountsecurity.api.LoginEvent;
import dev.accountsecurity.api.LoginEventPage;
import dev.accountsecurity.api.Session;
import dev.accountsecurity.api.SessionId;
import dev.accountsecurity.api.SessionView;
import dev.accountsecurity.api.UserId;
import dev.accountsecurity.api.event.SecurityEvent;
import java.util.List;
import java.util.Map;

/**
 * Chapters 4, 5 and 8 of the demo: the login activity and the live sessions as a person reads
 * them on a profile page, and the security events a listener received.
 */
final class DemoReports {
  private final DemoStory story;
  private final Console console;

  DemoReports(DemoStory story) {
    this.story = story;
    this.console = story.console();
  }

  void activity() {
    UserId member = story.member();
    LoginEventPage page = story.security().activity().events(member, null, 100);
    console.chapter(4, "Login activity of " + story.loginNames().get(member) + ", newest first ("
        + page.events().size() + " login events)");
    TextTable table = TextTable.of("Date (UTC)", "Device", "Type", "Location", "IP address",
        "Outcome");
    for (LoginEvent event : page.events()) {
      table.row(Labels.time(event.at()), Labels.device(event.device()),
          Labels.deviceType(event.device().type()), Labels.location(event.location()),
          event.ipAddress(), Labels.outcome(event.outcome()));
    }
    console.table(table);
  }

  void sessions() {
    UserId member = story.member();
    Map<DemoDevice, Session> sessions = story.memberSessions();
    SessionId current = sessions.get(DemoDevice.CHROME_WINDOWS).id();
    console.chapter(5, "Live sessions (* marks this browser's)");
    printSessions(story.security().sessions().list(member, current));
    SessionId tablet = sessions.get(DemoDevice.ANDROID_TABLET).id();
    boolean revoked = story.security().sessions().revoke(member, tablet);
    console.step("Session revoked", revoked ? DemoDevice.ANDROID_TABLET.name() + " signed out"
        : "it had ended already");
    int ended = story.security().sessions().revokeAll(member, current);
    console.step("Log out of all other sessions", Labels.count(ended, "session")
        + " ended; this one stays");
    printSessions(story.security().sessions().list(member, current));
  }

  private void printSessions(List<SessionView> views) {
    TextTable table = TextTable.of("", "Device", "Location", "IP address", "Signed in (UTC)",
        "Last seen (UTC)", "Second factor");
    for (SessionView view : views) {
      Session session = view.session();
      table.row(view.current() ? "*" : "", Labels.device(session.device()),
          Labels.location(session.location()), session.ipAddress(),
          Labels.time(session.createdAt()), Labels.time(session.lastSeenAt()),
          session.twoFactorVerified() ? "yes" : "no");
    }
    console.table(table);
  }

  void events(List<SecurityEvent> events) {
    console.chapter(8, "Security events received by the listener (" + events.size() + ")");
    Map<UserId, String> names = story.loginNames();
    TextTable table = TextTable.of("Time (UTC)", "User", "Event");
    for (SecurityEvent event : events) {
      table.row(Labels.time(event.at()), names.getOrDefault(event.user(), event.user().value()),
          EventText.describe(event, names));
    }
    console.table(table);
  }
}
