package dev.accountsecurity.core;

import dev.accountsecurity.api.Factor;
import dev.accountsecurity.api.Location;
import dev.accountsecurity.api.LoginActivity;
import dev.accountsecurity.api.LoginEvent;
import dev.accountsecurity.api.LoginEventId;
import dev.accountsecurity.api.LoginEventPage;
import dev.accountsecurity.api.LoginOutcome;
import dev.accountsecurity.api.SessionId;
import dev.accountsecurity.api.UserId;
import dev.accountsecurity.api.event.RevocationReason;
import dev.accountsecurity.api.event.SecurityEvent;
import dev.accountsecurity.spi.LoginActivityStore.Position;
import dev.accountsecurity.spi.TokenPurpose;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/** Records login events, pages through them, and acts on "this wasn't me". */
final class ActivityService implements LoginActivity {
  static final int MAX_PAGE_SIZE = 100;
  private static final double EARTH_RADIUS_KM = 6371.0;
  /** Logins closer than this are one place, whatever the time between them. */
  private static final double SAME_PLACE_KM = 100;

  private final Core core;
  private final SessionService sessions;
  private final PasswordService passwords;
  private final AtomicLong lastSequence = new AtomicLong();

  ActivityService(Core core, SessionService sessions, PasswordService passwords) {
    this.core = core;
    this.sessions = sessions;
    this.passwords = passwords;
  }

  /** Appends a login event; a sign-in is first compared with the user's earlier ones. */
  LoginEvent record(@Nullable UserId user, LoginOutcome outcome, Factor factor,
      ClientResolver.Client client, @Nullable SessionId session) {
    Instant now = core.clock().instant();
    LoginEvent event = new LoginEvent(nextId(now), user, now, outcome, factor, client.address(),
        client.location(), client.device(), session);
    if (user != null && outcome.signedIn() && session != null) {
      compareWithEarlier(user, event, session);
    }
    core.activity().append(event);
    return event;
  }

  /**
   * An id that sorts in the order events were recorded here, even within one clock tick: pages
   * order ties on time by id, so a login's steps must not come out shuffled. A fixed-width hex
   * sequence (at least the time in microseconds) followed by a random part for uniqueness across
   * service instances.
   */
  private LoginEventId nextId(Instant now) {
    long micros = now.getEpochSecond() * 1_000_000 + now.getNano() / 1_000;
    long sequence = lastSequence.updateAndGet(last -> Math.max(last + 1, micros));
    return LoginEventId.of(String.format("%016x", sequence) + "-" + core.random().newId());
  }

  private void compareWithEarlier(UserId user, LoginEvent event, SessionId session) {
    Optional<LoginEvent> previous = core.activity().latestSignIn(user);
    if (previous.isEmpty()) {
      return; // The first sign-in is new by definition; mailing about it would be noise.
    }
    boolean known = core.activity().hasSignedInFrom(user, event.device().browser(),
        event.device().os(), event.location().countryCode());
    if (!known) {
      core.events().publish(new SecurityEvent.NewDeviceLogin(user, event.at(), event.device(),
          event.location(), event.ipAddress(), session));
    }
    travelSpeed(previous.get(), event).ifPresent(kmh -> core.events().publish(
        new SecurityEvent.SuspiciousLogin(user, event.at(), previous.get().location(),
            event.location(), kmh)));
  }

  /** The implied speed between two logins, when it is faster than allowed. */
  private Optional<Double> travelSpeed(LoginEvent from, LoginEvent to) {
    Location a = from.location();
    Location b = to.location();
    if (!a.hasCoordinates() || !b.hasCoordinates()) {
      return Optional.empty();
    }
    double km = distanceKm(a, b);
    if (km < SAME_PLACE_KM) {
      return Optional.empty();
    }
    double hours = Math.max(Duration.between(from.at(), to.at()).toMillis(), 1) / 3_600_000.0;
    double kmh = km / hours;
    return kmh > core.activityOptions().maxTravelSpeedKmh() ? Optional.of(kmh) : Optional.empty();
  }

  /** Great-circle distance by the haversine formula. */
  static double distanceKm(Location a, Location b) {
    double lat1 = Math.toRadians(a.latitude());
    double lat2 = Math.toRadians(b.latitude());
    double dLat = lat2 - lat1;
    double dLon = Math.toRadians(b.longitude() - a.longitude());
    double h = Math.pow(Math.sin(dLat / 2), 2)
        + Math.cos(lat1) * Math.cos(lat2) * Math.pow(Math.sin(dLon / 2), 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
  }

  @Override
  public LoginEventPage events(UserId user, @Nullable String cursor, int size) {
    Objects.requireNonNull(user, "user");
    Checks.between("size", size, 1, MAX_PAGE_SIZE);
    Position before = cursor == null ? null : decode(cursor);
    // One more than asked tells whether an older page exists.
    List<LoginEvent> found = core.activity().page(user, before, size + 1);
    if (found.size() <= size) {
      return new LoginEventPage(found, null);
    }
    List<LoginEvent> page = found.subList(0, size);
    LoginEvent last = page.get(size - 1);
    return new LoginEventPage(page, encode(new Position(last.at(), last.id())));
  }

  @Override
  public Optional<LoginEvent> find(UserId user, LoginEventId event) {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(event, "event");
    return core.activity().find(event).filter(found -> user.equals(found.user()));
  }

  @Override
  public boolean reportNotMe(UserId user, LoginEventId event) {
    if (find(user, event).isEmpty()) {
      return false;
    }
    passwords.disable(user);
    sessions.revokeAll(user, null, RevocationReason.NOT_ME);
    core.tokens().revokeAll(user, TokenPurpose.PASSWORD_RESET);
    core.tokens().revokeAll(user, TokenPurpose.LOGIN_CHALLENGE);
    core.events().publish(
        new SecurityEvent.LoginReportedNotMe(user, core.clock().instant(), event));
    return true;
  }

  @Override
  public int purgeExpired() {
    Instant now = core.clock().instant();
    Instant idleBefore = now.minus(core.sessionOptions().idleTimeout());
    Instant cutoff = now.minus(core.activityOptions().retention());
    core.sessions().purgeExpired(now, idleBefore);
    core.tokens().purgeExpired(now);
    // Counters untouched for the whole retention go too: without this, every address that ever
    // failed stays a row forever. A password disabled by 100 failures and left alone that long
    // opens again; a lock has long run out by then.
    core.throttle().purgeOlderThan(cutoff);
    return core.activity().purgeOlderThan(cutoff);
  }

  private static String encode(Position position) {
    String text = position.at().toString() + "|" + position.id().value();
    return Base64.getUrlEncoder().withoutPadding()
        .encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  private static Position decode(String cursor) {
    if (cursor.length() > 200) {
      throw new IllegalArgumentException("cursor is malformed: longer than 200 characters");
    }
    try {
      String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      int bar = text.indexOf('|');
      if (bar < 0) {
        throw new IllegalArgumentException("cursor is malformed: no separator");
      }
      return new Position(Instant.parse(text.substring(0, bar)),
          LoginEventId.of(text.substring(bar + 1)));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("cursor is malformed: bad time", e);
    }
  }
}
