package dev.accountsecurity.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.accountsecurity.api.Device;
import dev.accountsecurity.api.DeviceType;
import dev.accountsecurity.api.Factor;
import dev.accountsecurity.api.Location;
import dev.accountsecurity.api.LoginEvent;
import dev.accountsecurity.api.LoginEventId;
import dev.accountsecurity.api.LoginOutcome;
import dev.accountsecurity.api.LoginResult;
import dev.accountsecurity.api.Session;
import dev.accountsecurity.api.SessionToken;
import dev.accountsecurity.api.UserId;
import dev.accountsecurity.core.AccountSecurity;
import dev.accountsecurity.core.password.PasswordHashing;
import dev.accountsecurity.core.totp.StaticTotpKeyProvider;
import dev.accountsecurity.jdbc.Dialect;
import dev.accountsecurity.jdbc.JdbcSchema;
import dev.accountsecurity.jdbc.JdbcStores;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The JDBC adapter's hot paths on a real database: session validation through the facade (a
 * SHA-256, one indexed select, the expiry checks; the last-seen write happens at most once a
 * minute, so almost never here) and the append of a login event (one insert, auto-commit).
 * H2 runs in-process in memory; PostgreSQL is the embedded server on loopback, so each call
 * pays a real round trip. One HikariCP pool of 4 connections, one thread.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class JdbcBenchmark {
  private static final Location LOCATION = Location.country("DE");
  private static final Device DEVICE = new Device("Chrome", "131.0", "Windows", "10",
      DeviceType.DESKTOP);

  @Param({"H2", "POSTGRESQL"})
  public String database;

  private EmbeddedPostgres postgres;
  private HikariDataSource pool;
  private JdbcStores stores;
  private AccountSecurity security;
  private SessionToken token;
  private UserId user;
  private final AtomicLong sequence = new AtomicLong();

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    HikariConfig config = new HikariConfig();
    config.setMaximumPoolSize(4);
    if (database.equals("POSTGRESQL")) {
      postgres = EmbeddedPostgres.builder().start();
      config.setJdbcUrl("jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres");
      config.setUsername("postgres");
    } else {
      config.setJdbcUrl("jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1");
    }
    pool = new HikariDataSource(config);
    Dialect dialect = Dialect.valueOf(database);
    JdbcSchema.initialize(pool, dialect, "as_");
    stores = JdbcStores.builder().dataSource(pool).dialect(dialect).build();
    security = AccountSecurity.builder()
        .userStore(stores.users())
        .sessionStore(stores.sessions())
        .loginActivityStore(stores.loginActivity())
        .throttleStore(stores.throttle())
        .oneTimeTokenStore(stores.tokens())
        .totpKeys(StaticTotpKeyProvider.generate(new SecureRandom()))
        .passwordHashing(PasswordHashing.builder().argon2id(64, 1, 1).build())
        .clock(Clock.systemUTC())
        .logEvents(false)
        .build();
    Facades.createUser(security, "ana@example.com");
    LoginResult login = security.logins().login("ana@example.com", Facades.PASSWORD,
        SessionBenchmark.CLIENT);
    token = ((LoginResult.Authenticated) login).token();
    user = ((LoginResult.Authenticated) login).session().user();
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    pool.close();
    if (postgres != null) {
      postgres.close();
    }
  }

  @Benchmark
  public Optional<Session> validateSession() {
    return security.sessions().validate(token);
  }

  @Benchmark
  public LoginEvent appendLoginEvent() {
    long n = sequence.incrementAndGet();
    LoginEvent event = new LoginEvent(LoginEventId.of(String.format("bench%016x", n)), user,
        Instant.now(), LoginOutcome.WRONG_PASSWORD, Factor.PASSWORD, "203.0.113.7", LOCATION,
        DEVICE, null);
    stores.loginActivity().append(event);
    return event;
  }
}
