package dev.accountsecurity.benchmarks;

import com.password4j.Argon2Function;
import com.password4j.BcryptFunction;
import com.password4j.HashBuilder;
import com.password4j.CompressedPBKDF2Function;
import com.password4j.HashingFunction;
import com.password4j.Password;
import com.password4j.ScryptFunction;
import com.password4j.types.Argon2;
import com.password4j.types.Bcrypt;
import com.password4j.types.Hmac;
import dev.accountsecurity.core.password.PasswordHasher;
import dev.accountsecurity.core.password.PasswordHashing;
import dev.accountsecurity.spi.StoredPassword;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.bouncycastle.crypto.PBEParametersGenerator;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.generators.OpenBSDBCrypt;
import org.bouncycastle.crypto.generators.PKCS5S2ParametersGenerator;
import org.bouncycastle.crypto.generators.SCrypt;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.bouncycastle.crypto.params.KeyParameter;
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
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;
import org.springframework.security.crypto.scrypt.SCryptPasswordEncoder;

/**
 * Password hashing and verification at each algorithm's default parameters (Argon2id 19 MiB,
 * t=2, p=1; bcrypt cost 10; scrypt N=2^17, r=8, p=1; PBKDF2-HMAC-SHA256 600,000 iterations),
 * 16-byte salts and 32-byte outputs (bcrypt's own 23): this library's {@link PasswordHasher},
 * Bouncy Castle's bare generators, Password4j and Spring Security's encoders. Run it with the
 * GC profiler for the bytes allocated per hash. Each hash draws a fresh salt from a {@link
 * SecureRandom}, as every library does.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PasswordHashBenchmark {
  static final int ARGON2_MEMORY_KIB = 19 * 1024;
  static final int ARGON2_ITERATIONS = 2;
  static final int BCRYPT_COST = 10;
  static final int SCRYPT_N = 1 << 17;
  static final int SCRYPT_R = 8;
  static final int PBKDF2_ITERATIONS = 600_000;
  static final int SALT_BYTES = 16;
  static final int OUTPUT_BYTES = 32;
  static final byte[] PASSWORD_BYTES = Fixtures.PASSWORD.getBytes(StandardCharsets.UTF_8);

  /** One algorithm at its default parameters, in every implementation. */
  @State(Scope.Benchmark)
  public static class Algorithm {
    @Param({"argon2id", "bcrypt", "scrypt", "pbkdf2"})
    public String algorithm;

    final SecureRandom random = new SecureRandom();
    PasswordHasher library;
    StoredPassword libraryStored;
    Supplier<Object> bouncyCastle;
    HashingFunction password4j;
    String password4jStored;
    PasswordEncoder spring;
    String springStored;

    @Setup
    public void setUp() {
      library = PasswordHasher.create(libraryHashing(), random);
      libraryStored = library.hash(Fixtures.PASSWORD, 1, Instant.EPOCH);
      bouncyCastle = bouncyCastle();
      password4j = password4j();
      password4jStored = password4jHash();
      spring = spring();
      springStored = spring.encode(Fixtures.PASSWORD);
      requireMatches();
    }

    private PasswordHashing libraryHashing() {
      PasswordHashing.Builder builder = PasswordHashing.builder();
      switch (algorithm) {
        case "argon2id":
          return builder.argon2id(ARGON2_MEMORY_KIB, ARGON2_ITERATIONS, 1).build();
        case "bcrypt":
          return builder.bcrypt(BCRYPT_COST).build();
        case "scrypt":
          return builder.scrypt(SCRYPT_N, SCRYPT_R, 1).build();
        default:
          return builder.pbkdf2Sha256(PBKDF2_ITERATIONS).build();
      }
    }

    private Supplier<Object> bouncyCastle() {
      switch (algorithm) {
        case "argon2id":
          return () -> bouncyCastleArgon2id(salt());
        case "bcrypt":
          return () -> OpenBSDBCrypt.generate("2b", PASSWORD_BYTES, salt(), BCRYPT_COST);
        case "scrypt":
          return () -> SCrypt.generate(PASSWORD_BYTES, salt(), SCRYPT_N, SCRYPT_R, 1,
              OUTPUT_BYTES);
        default:
          return () -> bouncyCastlePbkdf2(salt());
      }
    }

    private HashingFunction password4j() {
      switch (algorithm) {
        case "argon2id":
          return Argon2Function.getInstance(ARGON2_MEMORY_KIB, ARGON2_ITERATIONS, 1,
              OUTPUT_BYTES, Argon2.ID);
        case "bcrypt":
          return BcryptFunction.getInstance(Bcrypt.B, BCRYPT_COST);
        case "scrypt":
          return ScryptFunction.getInstance(SCRYPT_N, SCRYPT_R, 1, OUTPUT_BYTES);
        default:
          return CompressedPBKDF2Function.getInstance(Hmac.SHA256, PBKDF2_ITERATIONS,
              OUTPUT_BYTES * 8);
      }
    }

    private PasswordEncoder spring() {
      switch (algorithm) {
        case "argon2id":
          return new Argon2PasswordEncoder(SALT_BYTES, OUTPUT_BYTES, 1, ARGON2_MEMORY_KIB,
              ARGON2_ITERATIONS);
        case "bcrypt":
          return new BCryptPasswordEncoder(BCryptPasswordEncoder.BCryptVersion.$2B, BCRYPT_COST,
              random);
        case "scrypt":
          return new SCryptPasswordEncoder(SCRYPT_N, SCRYPT_R, 1, OUTPUT_BYTES, SALT_BYTES);
        default:
          return new Pbkdf2PasswordEncoder("", SALT_BYTES, PBKDF2_ITERATIONS,
              Pbkdf2PasswordEncoder.SecretKeyFactoryAlgorithm.PBKDF2WithHmacSHA256);
      }
    }

    private void requireMatches() {
      boolean all = library.verify(Fixtures.PASSWORD, libraryStored).matches()
          && Password.check(Fixtures.PASSWORD, password4jStored).with(password4j)
          && spring.matches(Fixtures.PASSWORD, springStored);
      if (!all) {
        throw new IllegalStateException(algorithm + ": a stored hash did not verify");
      }
      // The library's bcrypt runs on Password4j; Bouncy Castle reads its hashes the same, so
      // the two engines are interchangeable under the stored format.
      if ("bcrypt".equals(algorithm)
          && !OpenBSDBCrypt.checkPassword(libraryStored.hash(), PASSWORD_BYTES)) {
        throw new IllegalStateException("Bouncy Castle does not verify the library's bcrypt");
      }
    }

    /** bcrypt makes its own salt in Password4j; the others take a random one. */
    String password4jHash() {
      HashBuilder builder = Password.hash(Fixtures.PASSWORD);
      if (!"bcrypt".equals(algorithm)) {
        builder.addRandomSalt(SALT_BYTES);
      }
      return builder.with(password4j).getResult();
    }

    byte[] salt() {
      byte[] salt = new byte[SALT_BYTES];
      random.nextBytes(salt);
      return salt;
    }
  }

  static byte[] bouncyCastleArgon2id(byte[] salt) {
    Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
        .withVersion(Argon2Parameters.ARGON2_VERSION_13)
        .withMemoryAsKB(ARGON2_MEMORY_KIB)
        .withIterations(ARGON2_ITERATIONS)
        .withParallelism(1)
        .withSalt(salt)
        .build();
    Argon2BytesGenerator generator = new Argon2BytesGenerator();
    generator.init(parameters);
    byte[] output = new byte[OUTPUT_BYTES];
    generator.generateBytes(PASSWORD_BYTES, output);
    return output;
  }

  static byte[] bouncyCastlePbkdf2(byte[] salt) {
    PKCS5S2ParametersGenerator generator = new PKCS5S2ParametersGenerator(new SHA256Digest());
    generator.init(PBEParametersGenerator.PKCS5PasswordToUTF8Bytes(
        Fixtures.PASSWORD.toCharArray()), salt, PBKDF2_ITERATIONS);
    return ((KeyParameter) generator.generateDerivedParameters(OUTPUT_BYTES * 8)).getKey();
  }

  @Benchmark
  public StoredPassword libraryHash(Algorithm a) {
    return a.library.hash(Fixtures.PASSWORD, 1, Instant.EPOCH);
  }

  @Benchmark
  public PasswordHasher.Verification libraryVerify(Algorithm a) {
    return a.library.verify(Fixtures.PASSWORD, a.libraryStored);
  }

  /** The bare generator: the work of one hash, with nothing around it. */
  @Benchmark
  public Object bouncyCastle(Algorithm a) {
    return a.bouncyCastle.get();
  }

  @Benchmark
  public String password4jHash(Algorithm a) {
    return a.password4jHash();
  }

  @Benchmark
  public boolean password4jVerify(Algorithm a) {
    return Password.check(Fixtures.PASSWORD, a.password4jStored).with(a.password4j);
  }

  @Benchmark
  public String springHash(Algorithm a) {
    return a.spring.encode(Fixtures.PASSWORD);
  }

  @Benchmark
  public boolean springVerify(Algorithm a) {
    return a.spring.matches(Fixtures.PASSWORD, a.springStored);
  }

  /** The JDK's own PBKDF2-HMAC-SHA256, the engine under this library's PBKDF2. */
  @Benchmark
  public byte[] jdkPbkdf2(Jdk jdk) throws GeneralSecurityException {
    byte[] salt = new byte[SALT_BYTES];
    jdk.random.nextBytes(salt);
    PBEKeySpec spec = new PBEKeySpec(Fixtures.PASSWORD.toCharArray(), salt, PBKDF2_ITERATIONS,
        OUTPUT_BYTES * 8);
    return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec)
        .getEncoded();
  }

  /** A salt source for {@link #jdkPbkdf2}, which runs once, not per algorithm. */
  @State(Scope.Benchmark)
  public static class Jdk {
    final SecureRandom random = new SecureRandom();
  }
}
