package dev.accountsecurity.core;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.accountsecurity.api.ClientInfo;
import dev.accountsecurity.api.CreateUserResult;
import dev.accountsecurity.api.EnrolmentResult;
import dev.accountsecurity.api.LoginResult;
import dev.accountsecurity.api.NewUser;
import dev.accountsecurity.api.RecoveryCodes;
import dev.accountsecurity.api.TeamMembership;
import dev.accountsecurity.api.UserAccount;
import dev.accountsecurity.api.UserId;
import dev.accountsecurity.api.event.SecurityEvent;
import dev.accountsecurity.core.memory.InMemoryLoginActivityStore;
import dev.accountsecurity.core.memory.InMemoryOneTimeTokenStore;
import dev.accountsecurity.core.memory.InMemorySessionStore;
import dev.accountsecurity.core.memory.InMemoryThrottleStore;
import dev.accountsecurity.core.memory.InMemoryUserStore;
import dev.accountsecurity.core.password.PasswordHashing;
import dev.accountsecurity.core.totp.Base32;
import dev.accountsecurity.core.totp.StaticTotpKeyProvider;
import dev.accountsecurity.core.totp.Totp;
import dev.accountsecurity.spi.GeoLookup;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * An {@link AccountSecurity} on in-memory stores with a hand-moved clock, low-cost hashing (the
 * production defaults are proven once, in the password package) and captured events.
 */
final class Fixture {
  static final String PASSWORD = "Correct-Horse-7";
  static final ClientInfo CHROME_WINDOWS = ClientInfo.of("8.8.8.8",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko)"
          + " Chrome/120.0.0.0 Safari/537.36");
  static final ClientInfo SAFARI_IPHONE = ClientInfo.of("2001:4860:4860::8888",
      "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15"
          + " (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1");

  final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T09:00:00Z"));
  final List<SecurityEvent> events = new CopyOnWriteArrayList<>();
  final InMemoryUserStore users = new InMemoryUserStore();
  final InMemorySessionStore sessions = new InMemorySessionStore();
  final InMemoryLoginActivityStore activity = new InMemoryLoginActivityStore();
  final InMemoryThrottleStore throttle = new InMemoryThrottleStore();
  final InMemoryOneTimeTokenStore tokens = new InMemoryOneTimeTokenStore();
  final AccountSecurity security;

  Fixture() {
    this(builder -> { });
  }

  Fixture(Consumer<AccountSecurity.Builder> customize) {
    AccountSecurity.Builder builder = AccountSecurity.builder()
        .userStore(users)
        .sessionStore(sessions)
        .loginActivityStore(activity)
        .throttleStore(throttle)
        .oneTimeTokenStore(tokens)
        .totpKeys(StaticTotpKeyProvider.generate(new SecureRandom()))
        .clock(clock)
        .passwordHashing(lowCost())
        .recoveryCodeHashing(lowCost())
        .twoFactor(TwoFactorOptions.defaults("Acme"))
        .logEvents(false)
        .listener(events::add);
    customize.accept(builder);
    security = builder.build();
  }

  static PasswordHashing lowCost() {
    return PasswordHashing.builder().argon2id(64, 1, 1).build();
  }

  UserAccount createUser(String loginName) {
    return createUser(loginName, null);
  }

  UserAccount createUser(String loginName, @Nullable TeamMembership team) {
    CreateUserResult result = security.accounts()
        .create(new NewUser(loginName, PASSWORD, "Ana", "Lima", team));
    return assertInstanceOf(CreateUserResult.Created.class, result).user();
  }

  LoginResult.Authenticated login(String loginName) {
    return assertInstanceOf(LoginResult.Authenticated.class,
        security.logins().login(loginName, PASSWORD, CHROME_WINDOWS));
  }

  /** Enrols the user; returns the secret's bytes and the recovery codes. */
  Enrolled enrol(UserId user) {
    String base32 = security.twoFactor().beginEnrolment(user).orElseThrow().secret().base32();
    byte[] secret = Base32.decode(base32);
    EnrolmentResult result = security.twoFactor().confirmEnrolment(user, codeNow(secret));
    RecoveryCodes codes = assertInstanceOf(EnrolmentResult.Enabled.class, result).recoveryCodes();
    // The confirming code used up this step; move on so the next code is fresh.
    clock.advance(Duration.ofSeconds(30));
    return new Enrolled(secret, codes);
  }

  record Enrolled(byte[] secret, RecoveryCodes codes) {}

  String codeNow(byte[] secret) {
    return codeAt(secret, clock.instant());
  }

  static String codeAt(byte[] secret, Instant at) {
    Totp totp = Totp.defaults();
    return totp.format(totp.code(secret, totp.step(at)));
  }

  <T extends SecurityEvent> List<T> events(Class<T> type) {
    return events.stream().filter(type::isInstance).map(type::cast).toList();
  }

  static GeoLookup fixedGeo(dev.accountsecurity.api.Location location) {
    return address -> location;
  }
}
