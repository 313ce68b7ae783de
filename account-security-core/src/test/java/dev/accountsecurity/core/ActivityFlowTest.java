package dev.accountsecurity.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accountsecurity.api.AddressKind;
import dev.accountsecurity.api.ClientInfo;
import dev.accountsecurity.api.Location;
import dev.accountsecurity.api.LoginEvent;
import dev.accountsecurity.api.LoginEventId;
import dev.accountsecurity.api.LoginEventPage;
import dev.accountsecurity.api.LoginResult;
import dev.accountsecurity.api.UserAccount;
import dev.accountsecurity.api.UserId;
import dev.accountsecurity.api.event.SecurityEvent;
import java.net.Inet4Address;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActivityFlowTest {
  private static final Location BERLIN = new Location("DE", "Berlin", "Berlin", 52.52, 13.40,
      AddressKind.PUBLIC);
  private static final Location NEW_YORK = new Location("US", "New York", "New York", 40.71,
      -74.01, AddressKind.PUBLIC);

  private final Fixture f = new Fixture();

  @Test
  void events_pageNewestFirstWithCursor() {
    UserAccount user = f.createUser("ana@example.com");
    List<LoginEventId> made = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      f.login("ana@example.com");
      made.add(0, f.activity.page(user.id(), null, 1).get(0).id());
      f.clock.advance(Duration.ofMinutes(1));
    }

    LoginEventPage first = f.security.activity().events(user.id(), null, 2);
    LoginEventPage second = f.security.activity().events(user.id(), first.nextCursor(), 2);
    LoginEventPage third = f.security.activity().events(user.id(), second.nextCursor(), 2);

    List<LoginEventId> seen = new ArrayList<>();
    for (LoginEventPage page : List.of(first, second, third)) {
      page.events().forEach(e -> seen.add(e.id()));
    }
    assertEquals(made, seen);
    assertNull(third.nextCursor());
  }

  @Test
  void events_badArguments_rejected() {
    UserAccount user = f.createUser("ana@example.com");

    assertThrows(IllegalArgumentException.class,
        () -> f.security.activity().events(user.id(), null, 0));
    assertThrows(IllegalArgumentException.class,
        () -> f.security.activity().events(user.id(), null, 101));
    assertThrows(IllegalArgumentException.class,
        () -> f.security.activity().events(user.id(), "!!not-a-cursor", 10));
    assertThrows(IllegalArgumentException.class,
        () -> f.security.activity().events(user.id(), "x".repeat(500), 10));
  }

  @Test
  void newDevice_firstLoginQuietThenNewBrowserAndCountryAnnounced() {
    UserAccount user = f.createUser("ana@example.com");
    f.login("ana@example.com");
    f.login("ana@example.com");
    assertTrue(f.events(SecurityEvent.NewDeviceLogin.class).isEmpty());

    LoginResult.Authenticated phone = (LoginResult.Authenticated) f.security.logins()
        .login("ana@example.com", Fixture.PASSWORD, Fixture.SAFARI_IPHONE);

    SecurityEvent.NewDeviceLogin event = f.events(SecurityEvent.NewDeviceLogin.class).get(0);
    assertEquals(user.id(), event.user());
    assertEquals("Mobile Safari", event.device().browser());
    assertEquals(phone.session().id(), event.session());
  }

  @Test
  void suspiciousLogin_berlinThenNewYorkWithinAnHour() {
    Location[] next = {BERLIN};
    Fixture geo = new Fixture(b -> b.geoLookup(address -> next[0]));
    geo.createUser("ana@example.com");
    geo.login("ana@example.com");
    geo.clock.advance(Duration.ofHours(1));
    next[0] = NEW_YORK;

    geo.login("ana@example.com");

    SecurityEvent.SuspiciousLogin event = geo.events(SecurityEvent.SuspiciousLogin.class).get(0);
    assertEquals(BERLIN, event.previous());
    assertEquals(NEW_YORK, event.current());
    assertEquals(6385, event.kilometresPerHour(), 20);
  }

  @Test
  void suspiciousLogin_sameTripOverADay_quiet() {
    Location[] next = {BERLIN};
    Fixture geo = new Fixture(b -> b.geoLookup(address -> next[0]));
    geo.createUser("ana@example.com");
    geo.login("ana@example.com");
    geo.clock.advance(Duration.ofHours(10));
    next[0] = NEW_YORK;

    geo.login("ana@example.com");

    assertTrue(geo.events(SecurityEvent.SuspiciousLogin.class).isEmpty());
  }

  @Test
  void addresses_v6MappedAndTruncated() {
    UserAccount user = f.createUser("ana@example.com");
    Fixture privacy = new Fixture(b -> b.activity(
        ActivityOptions.builder().truncateAddresses(true).build())
        .geoLookup(address -> address instanceof Inet4Address ? Location.country("AU")
            : Location.country("SE")));
    UserAccount other = privacy.createUser("bo@example.com");

    f.security.logins().login("ana@example.com", Fixture.PASSWORD,
        ClientInfo.of("::ffff:192.168.1.20", "curl/8.5.0"));
    privacy.security.logins().login("bo@example.com", Fixture.PASSWORD,
        ClientInfo.of("1.1.1.1", ""));
    privacy.security.logins().login("bo@example.com", Fixture.PASSWORD,
        ClientInfo.of("2a00:1450:4001:82a::200e", ""));

    LoginEvent mapped = f.security.activity().events(user.id(), null, 1).events().get(0);
    assertEquals("192.168.1.20", mapped.ipAddress());
    assertEquals(AddressKind.PRIVATE, mapped.location().kind());
    List<LoginEvent> truncated = privacy.security.activity().events(other.id(), null, 2)
        .events();
    assertEquals("2a00:1450:4001::", truncated.get(0).ipAddress());
    assertEquals("SE", truncated.get(0).location().countryCode());
    assertEquals("1.1.1.0", truncated.get(1).ipAddress());
    assertEquals("AU", truncated.get(1).location().countryCode());
  }

  @Test
  void brokenGeoLookup_neverFailsALogin() {
    Fixture broken = new Fixture(b -> b.geoLookup(address -> {
      throw new IllegalStateException("database gone");
    }));
    UserAccount user = broken.createUser("ana@example.com");

    broken.login("ana@example.com");

    assertEquals(Location.unknown(AddressKind.PUBLIC), broken.security.activity()
        .events(user.id(), null, 1).events().get(0).location());
  }

  @Test
  void reportNotMe_revokesEverythingAndOnlyForOwnEvents() {
    UserAccount ana = f.createUser("ana@example.com");
    UserAccount bo = f.createUser("bo@example.com");
    LoginResult.Authenticated session = f.login("ana@example.com");
    f.security.passwords().requestReset("ana@example.com", Fixture.CHROME_WINDOWS);
    LoginEvent event = f.security.activity().events(ana.id(), null, 1).events().get(0);

    assertFalse(f.security.activity().reportNotMe(bo.id(), event.id()));
    assertFalse(f.security.activity().reportNotMe(ana.id(), LoginEventId.of("missing")));
    assertTrue(f.security.activity().reportNotMe(ana.id(), event.id()));

    assertTrue(f.security.sessions().validate(session.token()).isEmpty());
    assertTrue(f.users.findById(ana.id()).orElseThrow().password().changeRequired());
    assertEquals(1, f.events(SecurityEvent.LoginReportedNotMe.class).size());
    assertTrue(f.security.activity().find(bo.id(), event.id()).isEmpty());
  }

  @Test
  void purgeExpired_dropsEventsPastRetention() {
    UserAccount user = f.createUser("ana@example.com");
    f.login("ana@example.com");
    f.security.logins().login("ghost@example.com", "Wrong-Password-1", Fixture.CHROME_WINDOWS);
    f.clock.advance(Duration.ofDays(400));
    f.login("ana@example.com");
    assertEquals(0, f.security.activity().purgeExpired(), "exactly 400 days old is kept");
    f.clock.advance(Duration.ofSeconds(1));

    assertEquals(2, f.security.activity().purgeExpired());
    assertTrue(f.throttle.find(Throttle.addressKey("8.8.8.8")).isEmpty());

    assertEquals(1, f.security.activity().events(user.id(), null, 10).events().size());
  }

  @Test
  void unknownUser_eventsPageEmpty() {
    assertTrue(f.security.activity().events(UserId.of("nobody"), null, 10).events().isEmpty());
  }
}
