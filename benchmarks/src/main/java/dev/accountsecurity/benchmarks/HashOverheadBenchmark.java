package dev.accountsecurity.benchmarks;

import com.password4j.BcryptFunction;
import com.password4j.types.Bcrypt;
import dev.accountsecurity.core.password.PasswordHasher;
import dev.accountsecurity.core.password.PasswordHashing;
import dev.accountsecurity.spi.StoredPassword;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.generators.SCrypt;
import org.bouncycastle.crypto.params.Argon2Parameters;
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
 * What {@link PasswordHasher} adds around its engine, measured where it shows: at low
 * parameters (Argon2id 64 KiB t=1, bcrypt cost 4, scrypt N=16 r=8, PBKDF2 1,000 iterations,
 * each the lowest or near it), beside the very engine the library calls (Bouncy Castle's Argon2id
 * and scrypt, Password4j's bcrypt, the JDK's PBKDF2). The difference, in microseconds, is the
 * cost of normalising the password, the salt, encoding and parsing the stored string; at the
 * default parameters the engine's work is thousands of times larger, and run-to-run noise on a
 * shared machine hides a difference of a few percent there.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class HashOverheadBenchmark {
  static final byte[] PASSWORD_BYTES = Fixtures.PASSWORD.getBytes(StandardCharsets.UTF_8);
  static final int SCRYPT_N = 16;

  /** One algorithm at low parameters, through the library and through its engine. */
  @State(Scope.Benchmark)
  public static class LowCost {
    @Param({"argon2id", "bcrypt", "scrypt", "pbkdf2"})
    public String algorithm;

    final SecureRandom random = new SecureRandom();
    PasswordHasher library;
    StoredPassword stored;
    BcryptFunction bcrypt = BcryptFunction.getInstance(Bcrypt.B, 4);

    @Setup
    public void setUp() {
      PasswordHashing.Builder builder = PasswordHashing.builder();
      switch (algorithm) {
        case "argon2id":
          builder.argon2id(64, 1, 1);
          break;
        case "bcrypt":
          builder.bcrypt(4);
          break;
        case "scrypt":
          builder.scrypt(SCRYPT_N, 8, 1);
          break;
        default:
          builder.pbkdf2Sha256(1000);
          break;
      }
      library = PasswordHasher.create(builder.build(), random);
      stored = library.hash(Fixtures.PASSWORD, 1, Instant.EPOCH);
    }

    byte[] salt() {
      byte[] salt = new byte[PasswordHashBenchmark.SALT_BYTES];
      random.nextBytes(salt);
      return salt;
    }
  }

  @Benchmark
  public StoredPassword libraryHash(LowCost c) {
    return c.library.hash(Fixtures.PASSWORD, 1, Instant.EPOCH);
  }

  @Benchmark
  public PasswordHasher.Verification libraryVerify(LowCost c) {
    return c.library.verify(Fixtures.PASSWORD, c.stored);
  }

  /** The engine alone, with a fresh salt, as the library calls it. */
  @Benchmark
  public Object engine(LowCost c) throws GeneralSecurityException {
    switch (c.algorithm) {
      case "argon2id":
        return argon2id(c.salt());
      case "bcrypt":
        return c.bcrypt.hash(PASSWORD_BYTES, ("$2b$04$" + "N9qo8uLOickgx2ZMRZoMye")
            .getBytes(StandardCharsets.US_ASCII)).getBytes();
      case "scrypt":
        return SCrypt.generate(PASSWORD_BYTES, c.salt(), SCRYPT_N, 8, 1,
            PasswordHashBenchmark.OUTPUT_BYTES);
      default:
        PBEKeySpec spec = new PBEKeySpec(Fixtures.PASSWORD.toCharArray(), c.salt(), 1000,
            PasswordHashBenchmark.OUTPUT_BYTES * 8);
        return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec)
            .getEncoded();
    }
  }

  private static byte[] argon2id(byte[] salt) {
    Argon2BytesGenerator generator = new Argon2BytesGenerator();
    generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
        .withVersion(Argon2Parameters.ARGON2_VERSION_13)
        .withMemoryAsKB(64).withIterations(1).withParallelism(1).withSalt(salt).build());
    byte[] output = new byte[PasswordHashBenchmark.OUTPUT_BYTES];
    generator.generateBytes(PASSWORD_BYTES, output);
    return output;
  }
}
