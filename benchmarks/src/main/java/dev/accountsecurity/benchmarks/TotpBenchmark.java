package dev.accountsecurity.benchmarks;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import com.warrenstrange.googleauth.GoogleAuthenticator;
import dev.accountsecurity.core.totp.Base32;
import dev.accountsecurity.core.totp.Totp;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.DefaultCodeVerifier;
import dev.samstevens.totp.code.HashingAlgorithm;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.ShortBufferException;
import javax.crypto.spec.SecretKeySpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * TOTP verification (SHA-1, 6 digits, 30 s, window of one step either side) of the same code
 * for the same secret at the same fixed time: the bare HMAC cost, this library's {@link Totp},
 * and three peers. {@code outcome=valid} presents the code of the current step; {@code
 * outcome=wrong} a code that matches no step within 30 steps either side, so any drift scan runs
 * to its end.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TotpBenchmark {
  /** 2026-01-01T00:00:15Z: the middle of a step, so the window is the only tolerance. */
  static final long NOW_SECONDS = 1_767_225_615L;
  static final Instant NOW = Instant.ofEpochSecond(NOW_SECONDS);
  static final long STEP = NOW_SECONDS / 30;
  static final byte[] SECRET = Fixtures.bytes(20, 7);
  private static final int MODULUS = 1_000_000;

  /** A ready {@link Mac} with its buffers: the floor any TOTP engine pays. */
  @State(Scope.Thread)
  public static class Bare {
    Mac mac;
    final byte[] counter = new byte[Long.BYTES];
    final byte[] digest = new byte[20];
    int code;

    @Setup
    public void setUp() throws GeneralSecurityException {
      mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(SECRET, "HmacSHA1"));
      code = hotp(mac, counter, digest, STEP);
    }
  }

  /** The code presented, valid or wrong, as each library takes it. */
  @State(Scope.Benchmark)
  public static class Presented {
    @Param({"valid", "wrong"})
    public String outcome;

    int code;
    String text;
    String base32;

    @Setup
    public void setUp() throws GeneralSecurityException {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(SECRET, "HmacSHA1"));
      int valid = hotp(mac, new byte[Long.BYTES], new byte[20], STEP);
      code = "valid".equals(outcome) ? valid : farFromEveryStep(mac, valid);
      text = String.format("%06d", code);
      base32 = Base32.encode(SECRET);
    }

    /** A code no step within 30 either side gives: a wrong code that no drift scan finds. */
    private static int farFromEveryStep(Mac mac, int valid) throws ShortBufferException {
      int candidate = valid;
      boolean clash = true;
      while (clash) {
        candidate = (candidate + 1) % MODULUS;
        clash = false;
        for (long step = STEP - 30; step <= STEP + 30; step++) {
          clash |= hotp(mac, new byte[Long.BYTES], new byte[20], step) == candidate;
        }
      }
      return candidate;
    }
  }

  /** This library: defaults (drift scan of 10 steps) and with the drift scan off. */
  @State(Scope.Benchmark)
  public static class Library {
    final Totp defaults = Totp.defaults();
    final Totp noDriftScan = Totp.builder().driftScan(1).build();
    final Totp.Key key = defaults.key(SECRET);
    final Totp.Key keyNoDrift = noDriftScan.key(SECRET);
  }

  /** The peers, each set up once as its documentation suggests, on a fixed clock. */
  @State(Scope.Benchmark)
  public static class Peers {
    final TimeBasedOneTimePasswordGenerator javaOtp = new TimeBasedOneTimePasswordGenerator();
    final SecretKeySpec javaOtpKey = new SecretKeySpec(SECRET, "HmacSHA1");
    final GoogleAuthenticator googleAuth = new GoogleAuthenticator();
    DefaultCodeVerifier javaTotp;

    @Setup
    public void setUp() {
      javaTotp = new DefaultCodeVerifier(new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6),
          () -> NOW_SECONDS);
      javaTotp.setTimePeriod(30);
      javaTotp.setAllowedTimePeriodDiscrepancy(1);
    }
  }

  /** RFC 4226 HOTP with dynamic truncation on a ready Mac, allocating nothing. */
  static int hotp(Mac mac, byte[] counter, byte[] digest, long step)
      throws ShortBufferException {
    long value = step;
    for (int i = counter.length - 1; i >= 0; i--) {
      counter[i] = (byte) value;
      value >>>= 8;
    }
    mac.update(counter);
    mac.doFinal(digest, 0);
    int offset = digest[digest.length - 1] & 0x0f;
    int truncated = (digest[offset] & 0x7f) << 24 | (digest[offset + 1] & 0xff) << 16
        | (digest[offset + 2] & 0xff) << 8 | (digest[offset + 3] & 0xff);
    return truncated % MODULUS;
  }

  @Benchmark
  public int bareOneHmac(Bare bare) throws ShortBufferException {
    return hotp(bare.mac, bare.counter, bare.digest, STEP);
  }

  /** Three HMACs compared without an early exit: a window of one step either side. */
  @Benchmark
  public boolean bareThreeHmacs(Bare bare) throws ShortBufferException {
    boolean match = false;
    for (long step = STEP - 1; step <= STEP + 1; step++) {
      match |= hotp(bare.mac, bare.counter, bare.digest, step) == bare.code;
    }
    return match;
  }

  /** The library with a prepared key, as a host that keeps keys would call it. */
  @Benchmark
  public Object libraryKey(Library library, Presented presented) {
    return library.defaults.verify(library.key, presented.text, NOW, -1);
  }

  /** The library from raw secret bytes, as the facade calls it after decrypting the secret. */
  @Benchmark
  public Object librarySecret(Library library, Presented presented) {
    return library.defaults.verify(SECRET, presented.text, NOW, -1);
  }

  /** The library with the drift scan off: a wrong code costs the window only. */
  @Benchmark
  public Object libraryNoDriftScan(Library library, Presented presented) {
    return library.noDriftScan.verify(library.keyNoDrift, presented.text, NOW, -1);
  }

  /** java-otp generates only; verification is its three codes compared without early exit. */
  @Benchmark
  public boolean javaOtp(Peers peers, Presented presented) throws GeneralSecurityException {
    boolean match = false;
    for (int offset = -30; offset <= 30; offset += 30) {
      match |= peers.javaOtp.generateOneTimePassword(peers.javaOtpKey, NOW.plusSeconds(offset))
          == presented.code;
    }
    return match;
  }

  @Benchmark
  public boolean googleAuth(Peers peers, Presented presented) {
    return peers.googleAuth.authorize(presented.base32, presented.code, NOW_SECONDS * 1000);
  }

  @Benchmark
  public boolean javaTotp(Peers peers, Presented presented) {
    return peers.javaTotp.isValidCode(presented.base32, presented.text);
  }
}
