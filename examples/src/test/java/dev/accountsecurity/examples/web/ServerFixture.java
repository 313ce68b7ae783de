package dev.accountsecurity.examples.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.accountsecurity.api.CreateUserResult;
import dev.accountsecurity.api.NewUser;
import dev.accountsecurity.api.TeamId;
import dev.accountsecurity.api.TeamMembership;
import dev.accountsecurity.api.TeamRole;
import dev.accountsecurity.api.UserId;
import dev.accountsecurity.core.AccountSecurity;
import dev.accountsecurity.core.TwoFactorOptions;
import dev.accountsecurity.core.net.DefaultGeoLookup;
import dev.accountsecurity.core.password.PasswordHashing;
import dev.accountsecurity.core.totp.StaticTotpKeyProvider;
import dev.accountsecurity.examples.Authenticator;
import dev.accountsecurity.examples.MutableClock;
import dev.accountsecurity.examples.ProfileServer;
import dev.accountsecurity.spi.GeoLookup;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;

/**
 * A profile server on a free loopback port over in-memory stores, with cheap password hashing,
 * a clock the test moves, and three users: an admin and a member of team "acme", and a member
 * of team "other".
 */
final class ServerFixture implements AutoCloseable {
  static final String ADMIN = "ada@acme.example";
  static final String ADMIN_PASSWORD = "Copper-Falcon-Orchard-15";
  static final String MEMBER = "ben@acme.example";
  static final String MEMBER_PASSWORD = "Tulip-Harbour-Violin-42";
  static final String OUTSIDER = "olga@other.example";
  static final String OUTSIDER_PASSWORD = "Silver-Pine-Harbor-88";
  static final Duration STEP = Duration.ofSeconds(30);

  final MutableClock clock = MutableClock.startOfCurrentPeriod();
  final AccountSecurity security;
  final ProfileServer server;
  final UserId admin;
  final UserId member;
  final UserId outsider;

  ServerFixture() throws IOException {
    this(new DefaultGeoLookup(), List.of());
  }

  /** A server that locates addresses with the lookup and believes the given proxies. */
  ServerFixture(GeoLookup geo, List<String> trustedProxies) throws IOException {
    SecureRandom random = new SecureRandom();
    PasswordHashing cheap = PasswordHashing.builder().argon2id(64, 1, 1).build();
    security = AccountSecurity.builder()
        .inMemoryStores()
        .geoLookup(geo)
        .clock(clock)
        .random(random)
        .passwordHashing(cheap)
        .totpKeys(StaticTotpKeyProvider.generate(random))
        .twoFactor(TwoFactorOptions.defaults("Acme"))
        .logEvents(false)
        .build();
    admin = create(ADMIN, ADMIN_PASSWORD, "acme", TeamRole.ADMIN);
    member = create(MEMBER, MEMBER_PASSWORD, "acme", TeamRole.MEMBER);
    outsider = create(OUTSIDER, OUTSIDER_PASSWORD, "other", TeamRole.MEMBER);
    server = ProfileServer.start(security, clock, 0, false, trustedProxies, List.of());
  }

  private UserId create(String name, String password, String team, TeamRole role) {
    CreateUserResult result = security.accounts().create(new NewUser(name, password, "First",
        "Last", new TeamMembership(TeamId.of(team), role)));
    return ((CreateUserResult.Created) result).user().id();
  }

  String origin() {
    return "http://127.0.0.1:" + server.port();
  }

  ApiClient client() {
    return new ApiClient(server.uri(), origin());
  }

  /** A client signed in by password (two-factor off). */
  ApiClient signedIn(String name, String password) {
    ApiClient client = client();
    ApiClient.Answer answer = client.post("/api/login",
        "{\"loginName\":\"" + name + "\",\"password\":\"" + password + "\"}");
    assertEquals(200, answer.status(), answer.text());
    assertTrue(answer.json().get("signedIn").asBoolean(), answer.text());
    return client;
  }

  /** Turns two-factor on for the client's user; returns the phone's app and the codes. */
  Enrolled enrol(ApiClient client) {
    JsonNode enrolment = client.post("/api/2fa/enrol", "{}").json();
    Authenticator app = Authenticator.scan(enrolment.get("secret").asText(), clock);
    ApiClient.Answer confirmed = client.post("/api/2fa/confirm",
        "{\"code\":\"" + app.code() + "\"}");
    assertEquals(200, confirmed.status(), confirmed.text());
    List<String> codes = ApiClient.texts(confirmed.json().get("recoveryCodes"));
    return new Enrolled(app, codes, enrolment.get("secret").asText());
  }

  record Enrolled(Authenticator app, List<String> recoveryCodes, String secret) {}

  /** Password, then a code from the app, at the next time step. */
  ApiClient signedInWithCode(String name, String password, Authenticator app) {
    clock.advance(STEP);
    ApiClient client = client();
    JsonNode first = client.post("/api/login",
        "{\"loginName\":\"" + name + "\",\"password\":\"" + password + "\"}").json();
    ApiClient.Answer second = client.post("/api/login/code", "{\"challenge\":\""
        + first.get("challenge").asText() + "\",\"code\":\"" + app.code() + "\"}");
    assertEquals(200, second.status(), second.text());
    return client;
  }

  @Override
  public void close() {
    server.close();
  }
}
