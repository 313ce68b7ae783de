package dev.accountsecurity.benchmarks;

import dev.accountsecurity.api.CreateUserResult;
import dev.accountsecurity.api.NewUser;
import dev.accountsecurity.api.UserId;
import dev.accountsecurity.core.AccountSecurity;
import dev.accountsecurity.core.ThrottleOptions;
import dev.accountsecurity.core.TwoFactorOptions;
import dev.accountsecurity.core.memory.InMemoryLoginActivityStore;
import dev.accountsecurity.core.memory.InMemoryOneTimeTokenStore;
import dev.accountsecurity.core.memory.InMemorySessionStore;
import dev.accountsecurity.core.memory.InMemoryThrottleStore;
import dev.accountsecurity.core.memory.InMemoryUserStore;
import dev.accountsecurity.core.password.PasswordHashing;
import dev.accountsecurity.core.totp.StaticTotpKeyProvider;
import java.security.SecureRandom;
import java.time.Clock;

/** Facades on the in-memory stores, built as a host would build them. */
final class Facades {
  static final String PASSWORD = Fixtures.PASSWORD;
  /** The keys that seal TOTP secrets, shared so that benchmarks can open them too. */
  static final StaticTotpKeyProvider TOTP_KEYS = StaticTotpKeyProvider.generate(new SecureRandom());

  private Facades() {}

  /**
   * A facade with low-cost password hashing, for flows that do not hash passwords in the timed
   * part; recovery codes keep their production hashing.
   */
  static AccountSecurity inMemory(InMemoryUserStore users, Clock clock, ThrottleOptions throttle) {
    return builder(users, clock)
        .passwordHashing(PasswordHashing.builder().argon2id(64, 1, 1).build())
        .throttling(throttle)
        .build();
  }

  /** A facade with every default, Argon2id at 19 MiB, t=2, p=1 included. */
  static AccountSecurity defaults(Clock clock) {
    return builder(new InMemoryUserStore(), clock).build();
  }

  private static AccountSecurity.Builder builder(InMemoryUserStore users, Clock clock) {
    return AccountSecurity.builder()
        .userStore(users)
        .sessionStore(new InMemorySessionStore())
        .loginActivityStore(new InMemoryLoginActivityStore())
        .throttleStore(new InMemoryThrottleStore())
        .oneTimeTokenStore(new InMemoryOneTimeTokenStore())
        .totpKeys(TOTP_KEYS)
        .twoFactor(TwoFactorOptions.defaults("Benchmarks"))
        .clock(clock)
        .logEvents(false);
  }

  static UserId createUser(AccountSecurity security, String loginName) {
    CreateUserResult result =
        security.accounts().create(new NewUser(loginName, PASSWORD, "Ana", "Lima", null));
    if (!(result instanceof CreateUserResult.Created)) {
      throw new IllegalStateException("could not create the user: " + result);
    }
    return ((CreateUserResult.Created) result).user().id();
  }
}
