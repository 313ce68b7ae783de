package dev.accountsecurity.benchmarks;

import dev.accountsecurity.api.CodeCheck;
import dev.accountsecurity.api.EnrolmentResult;
import dev.accountsecurity.api.UserId;
import dev.accountsecurity.core.AccountSecurity;
import dev.accountsecurity.core.ThrottleOptions;
import dev.accountsecurity.core.internal.SecretHasher;
import dev.accountsecurity.core.memory.InMemoryUserStore;
import dev.accountsecurity.core.password.PasswordHasher;
import dev.accountsecurity.core.password.PasswordHashing;
import dev.accountsecurity.core.totp.Base32;
import dev.accountsecurity.core.totp.RecoveryCodeScheme;
import dev.accountsecurity.core.totp.SecretBox;
import dev.accountsecurity.core.totp.Totp;
import dev.accountsecurity.spi.PendingTotp;
import dev.accountsecurity.spi.RecoveryCodeHash;
import dev.accountsecurity.spi.UserRecord;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
 * Two-factor checks through the facade on the in-memory stores, and recovery codes.
 *
 * <p>{@link #facadeTotpValid}: {@code twoFactor().verify(user, code)} with a valid code for a
 * fresh step every time, as a real login would present: open the sealed secret (AES-GCM),
 * verify the code, record the step atomically, clear the failure count. Replay protection
 * refuses a step twice, so the benchmark moves a hand-driven clock 30 s after each call and
 * presents the code of the new step, taken from a table computed in the set-up (so no HMAC of
 * the benchmark's own is timed). After {@value Enrolled#CODES} codes it puts the user's last
 * used step and the clock back through the store (a few map updates, once per quarter million
 * calls) and starts the table again.
 *
 * <p>{@link #secretBoxOpen} and {@link #storeFindAndAdvance} time two parts of that check on
 * their own: opening the sealed secret, and the user store's read and atomic step update.
 *
 * <p>The recovery-code benchmarks present a well-formed but wrong recovery code. Through the
 * facade each failure is counted by the throttle; the throttle here delays only after 1000
 * failures, by at most 1 s, and the clock moves 1 s per call, so no call is refused unchecked.
 * Beside them: the same check on {@link RecoveryCodeScheme} directly, and one verification of
 * the low-cost recovery-code hash (PBKDF2-HMAC-SHA256, 2,000 iterations), the target's unit.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TwoFactorBenchmark {
  static final Instant START = Instant.parse("2026-03-01T09:00:05Z");
  /** Well-formed (Crockford Base32, slot 3), and not one of the issued codes. */
  static final String WRONG_RECOVERY_CODE = "3abc-defg-hjkm-npqr";

  /** A user with two-factor on, and the codes of the steps to come. */
  @State(Scope.Thread)
  public static class Enrolled {
    static final int CODES = 1 << 18;

    final MutableClock clock = new MutableClock(START);
    final InMemoryUserStore users = new InMemoryUserStore();
    final String[] codes = new String[CODES];
    AccountSecurity security;
    UserId user;
    UserRecord enrolled;
    SecretBox box;
    long step;
    int next;

    @Setup
    public void setUp() {
      security = Facades.inMemory(users, clock, ThrottleOptions.defaults());
      user = Facades.createUser(security, "ana@example.com");
      byte[] secret = enrol(security, user, clock);
      enrolled = users.findById(user).orElseThrow();
      box = new SecretBox(Facades.TOTP_KEYS, new SecureRandom());
      step = enrolled.lastTotpStep();
      Totp totp = Totp.defaults();
      long first = enrolled.lastTotpStep() + 1;
      for (int i = 0; i < CODES; i++) {
        codes[i] = totp.format(totp.code(secret, first + i));
      }
      rewind();
      CodeCheck check = security.twoFactor().verify(user, codes[0]);
      if (!(check instanceof CodeCheck.Accepted)) {
        throw new IllegalStateException("the first code was not accepted: " + check);
      }
      rewind();
    }

    /** Puts the last used step and the clock back to just after enrolment. */
    void rewind() {
      PendingTotp pending = new PendingTotp(enrolled.totpSecret(), Instant.MAX);
      boolean done = users.disableTotp(user) && users.savePendingTotp(user, pending)
          && users.enableTotp(user, pending, enrolled.lastTotpStep(), enrolled.recoveryCodes());
      if (!done) {
        throw new IllegalStateException("could not rewind the user's TOTP state");
      }
      // Five seconds into the step after the enrolment's: the step of codes[0].
      clock.set(Instant.ofEpochSecond((enrolled.lastTotpStep() + 1) * 30 + 5));
      next = 0;
    }

    static byte[] enrol(AccountSecurity security, UserId user, MutableClock clock) {
      String base32 = security.twoFactor().beginEnrolment(user).orElseThrow().secret().base32();
      byte[] secret = Base32.decode(base32);
      Totp totp = Totp.defaults();
      String code = totp.format(totp.code(secret, totp.step(clock.instant())));
      EnrolmentResult result = security.twoFactor().confirmEnrolment(user, code);
      if (!(result instanceof EnrolmentResult.Enabled)) {
        throw new IllegalStateException("enrolment failed: " + result);
      }
      return secret;
    }
  }

  /** A user with two-factor on, under a throttle that never refuses a call unchecked. */
  @State(Scope.Thread)
  public static class Recovery {
    final MutableClock clock = new MutableClock(START);
    AccountSecurity security;
    UserId user;

    @Setup
    public void setUp() {
      ThrottleOptions throttle = ThrottleOptions.builder().delayAfter(1000)
          .initialDelay(Duration.ofMillis(1)).maxDelay(Duration.ofSeconds(1))
          .lockAfter(0).disableAfter(0).build();
      security = Facades.inMemory(new InMemoryUserStore(), clock, throttle);
      user = Facades.createUser(security, "ana@example.com");
      Enrolled.enrol(security, user, clock);
      CodeCheck check = security.twoFactor().verify(user, WRONG_RECOVERY_CODE);
      if (!(check instanceof CodeCheck.Wrong)) {
        throw new IllegalStateException("a wrong recovery code gave " + check);
      }
    }
  }

  /** The recovery-code scheme alone with ten issued codes, and its low-cost hash. */
  @State(Scope.Benchmark)
  public static class Scheme {
    final SecureRandom random = new SecureRandom();
    final SecretHasher hasher =
        PasswordHasher.create(PasswordHashing.recoveryCodes(), random).asSecretHasher();
    final RecoveryCodeScheme scheme = new RecoveryCodeScheme(hasher, random);
    List<RecoveryCodeHash> stored;
    RecoveryCodeScheme.Parsed wrong;
    String storedHashOfSlot;

    @Setup
    public void setUp() {
      stored = scheme.issue().hashes();
      wrong = scheme.parse(WRONG_RECOVERY_CODE).orElseThrow();
      storedHashOfSlot = stored.get(wrong.slot()).hash();
    }
  }

  @Benchmark
  public CodeCheck facadeTotpValid(Enrolled e) {
    if (e.next == Enrolled.CODES) {
      e.rewind();
    }
    CodeCheck check = e.security.twoFactor().verify(e.user, e.codes[e.next++]);
    e.clock.advance(Duration.ofSeconds(30));
    return check;
  }

  /** Part of the facade check: opening the user's sealed secret (AES-GCM). */
  @Benchmark
  public byte[] secretBoxOpen(Enrolled e) {
    return e.box.open(e.user, e.enrolled.totpSecret());
  }

  /** Part of the facade check: reading the user and recording a newer step. */
  @Benchmark
  public boolean storeFindAndAdvance(Enrolled e) {
    return e.users.findById(e.user).isPresent() && e.users.advanceTotpStep(e.user, ++e.step);
  }

  @Benchmark
  public CodeCheck facadeRecoveryCodeWrong(Recovery r) {
    CodeCheck check = r.security.twoFactor().verify(r.user, WRONG_RECOVERY_CODE);
    r.clock.advance(Duration.ofSeconds(1));
    return check;
  }

  @Benchmark
  public Optional<RecoveryCodeHash> schemeRecoveryCodeWrong(Scheme s) {
    return s.scheme.parse(WRONG_RECOVERY_CODE).flatMap(code -> s.scheme.match(code, s.stored));
  }

  /** One verification of the recovery-code hash: the unit of the recovery-code target. */
  @Benchmark
  public boolean singleLowCostHash(Scheme s) {
    return s.hasher.verify(s.wrong.normalized(), s.storedHashOfSlot);
  }
}
