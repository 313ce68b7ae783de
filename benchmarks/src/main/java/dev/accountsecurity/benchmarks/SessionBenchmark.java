package dev.accountsecurity.benchmarks;

import dev.accountsecurity.api.ClientInfo;
import dev.accountsecurity.api.LoginResult;
import dev.accountsecurity.api.Session;
import dev.accountsecurity.api.SessionToken;
import dev.accountsecurity.core.AccountSecurity;
import dev.accountsecurity.core.ThrottleOptions;
import dev.accountsecurity.core.memory.InMemoryUserStore;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Session validation through the facade on the in-memory stores, on the system clock: a
 * plausibility check of the token, its SHA-256, a map lookup, the expiry checks, and a touch of
 * last-seen at most once per touch interval. The store holds 1,000 other sessions.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SessionBenchmark {
  static final ClientInfo CLIENT = ClientInfo.of("203.0.113.7", DeviceBenchmark.CHROME);

  /** A logged-in user among others. */
  @State(Scope.Benchmark)
  public static class LoggedIn {
    AccountSecurity security;
    SessionToken token;

    @Setup
    public void setUp() {
      security = Facades.inMemory(new InMemoryUserStore(), Clock.systemUTC(),
          ThrottleOptions.defaults());
      for (int i = 0; i < 1000; i++) {
        Facades.createUser(security, "user" + i + "@example.com");
        login(security, "user" + i + "@example.com");
      }
      Facades.createUser(security, "ana@example.com");
      token = login(security, "ana@example.com");
    }

    static SessionToken login(AccountSecurity security, String loginName) {
      LoginResult result = security.logins().login(loginName, Facades.PASSWORD, CLIENT);
      if (!(result instanceof LoginResult.Authenticated)) {
        throw new IllegalStateException("login failed: " + result);
      }
      return ((LoginResult.Authenticated) result).token();
    }
  }

  @Benchmark
  public Optional<Session> validate(LoggedIn state) {
    return state.security.sessions().validate(state.token);
  }
}
