package dev.accountsecurity.benchmarks;

import dev.accountsecurity.api.LoginResult;
import dev.accountsecurity.core.AccountSecurity;
import java.time.Clock;
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
 * A whole password login without two-factor through the facade on the in-memory stores, with
 * every default: throttle checks, the Argon2id verification at 19 MiB, t=2, p=1, device
 * detection (a cache hit after the first call), the session and its token, and the login event.
 * The Argon2id verification is nearly all of it: compare with {@code
 * PasswordHashBenchmark.libraryVerify} for {@code argon2id}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LoginBenchmark {

  /** A user with a password at the default hashing. */
  @State(Scope.Benchmark)
  public static class Registered {
    AccountSecurity security;

    @Setup
    public void setUp() {
      security = Facades.defaults(Clock.systemUTC());
      Facades.createUser(security, "ana@example.com");
    }
  }

  @Benchmark
  public LoginResult login(Registered state) {
    return state.security.logins().login("ana@example.com", Facades.PASSWORD,
        SessionBenchmark.CLIENT);
  }
}
