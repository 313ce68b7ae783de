package dev.accountsecurity.core.password;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PasswordHashingTest {

  private static final byte[] KEY = new byte[32];

  static Stream<Arguments> invalidBuilders() {
    return Stream.of(
        invalid(() -> PasswordHashing.builder().argon2id(8, 1, 2),
            "Argon2 memory in KiB must be between 16 and 1048576 but was 8"),
        invalid(() -> PasswordHashing.builder().argon2id(2_000_000, 1, 1),
            "Argon2 memory in KiB must be between 8 and 1048576 but was 2000000"),
        invalid(() -> PasswordHashing.builder().argon2id(64, 0, 1),
            "Argon2 iterations must be between 1 and 16 but was 0"),
        invalid(() -> PasswordHashing.builder().argon2id(64, 17, 1),
            "Argon2 iterations must be between 1 and 16 but was 17"),
        invalid(() -> PasswordHashing.builder().argon2id(64, 1, 0),
            "Argon2 parallelism must be between 1 and 64 but was 0"),
        invalid(() -> PasswordHashing.builder().bcrypt(3),
            "bcrypt cost must be between 4 and 16 but was 3"),
        invalid(() -> PasswordHashing.builder().bcrypt(17),
            "bcrypt cost must be between 4 and 16 but was 17"),
        invalid(() -> PasswordHashing.builder().scrypt(1, 8, 1),
            "scrypt N must be between 2 and 16777216 but was 1"),
        invalid(() -> PasswordHashing.builder().scrypt(24, 8, 1),
            "scrypt N must be a power of two but was 24"),
        invalid(() -> PasswordHashing.builder().scrypt(16, 0, 1),
            "scrypt r must be between 1 and 32 but was 0"),
        invalid(() -> PasswordHashing.builder().scrypt(16, 8, 17),
            "scrypt p must be between 1 and 16 but was 17"),
        invalid(() -> PasswordHashing.builder().scrypt(1 << 24, 8, 1),
            "scrypt memory (128 * N * r) must be at most 1073741824 bytes but was 17179869184"),
        invalid(() -> PasswordHashing.builder().pbkdf2Sha256(999),
            "PBKDF2 iterations must be between 1000 and 10000000 but was 999"),
        invalid(() -> PasswordHashing.builder().pepper("bad id!", KEY).currentPepper("bad id!"),
            "pepper key id must be 1 to 64 of A-Z a-z 0-9 . _ - but was 'bad id!'"),
        invalid(() -> PasswordHashing.builder().pepper("A", new byte[8]).currentPepper("A"),
            "pepper key 'A' length in bytes must be between 16 and 1024 but was 8"),
        invalid(() -> PasswordHashing.builder().pepper("A", KEY).pepper("A", KEY)
                .currentPepper("A"),
            "pepper key ids must be unique but 'A' was added twice"),
        invalid(() -> PasswordHashing.builder().pepper("A", KEY),
            "currentPepper must name one of the pepper keys [A] but was unset"),
        invalid(() -> PasswordHashing.builder().pepper("A", KEY).currentPepper("B"),
            "currentPepper must name one of the pepper keys [A] but was 'B'"),
        invalid(() -> PasswordHashing.builder().currentPepper("B"),
            "currentPepper must name one of the pepper keys [] but was 'B'"));
  }

  private static Arguments invalid(Supplier<PasswordHashing.Builder> builder, String message) {
    return Arguments.of(builder, message);
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("invalidBuilders")
  void build_invalidValue_throwsNamingValueAndRule(
      Supplier<PasswordHashing.Builder> builder, String message) {
    PasswordHashing.Builder configured = builder.get();
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, configured::build);
    assertEquals(message, e.getMessage());
  }

  static Stream<Arguments> nullArguments() {
    return Stream.of(
        Arguments.of("keyId", (Executable) () -> PasswordHashing.builder().pepper(null, KEY)),
        Arguments.of("key", (Executable) () -> PasswordHashing.builder().pepper("A", null)),
        Arguments.of("keyId", (Executable) () -> PasswordHashing.builder().currentPepper(null)),
        Arguments.of("mode",
            (Executable) () -> PasswordHashing.builder().bcryptLongPasswords(null)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nullArguments")
  void builder_nullArgument_throwsNamingIt(String parameter, Executable call) {
    NullPointerException e = assertThrows(NullPointerException.class, call);
    assertEquals(parameter, e.getMessage());
  }

  @Test
  void defaults_owaspArgon2id() {
    assertEquals(
        "PasswordHashing[algorithm=ARGON2ID, m=19456, t=2, p=1, peppers=[], currentPepper=null]",
        PasswordHashing.defaults().toString());
  }

  @Test
  void toString_withPeppers_namesKeyIdsNotKeys() {
    PasswordHashing config = PasswordHashing.builder().bcrypt(12)
        .pepper("2025-b", "a secret pepper key, 32 bytes!!".getBytes(StandardCharsets.US_ASCII))
        .pepper("2024-a", KEY)
        .currentPepper("2025-b")
        .build();
    assertEquals("PasswordHashing[algorithm=BCRYPT, cost=12, longPasswords=PRE_HASH,"
        + " peppers=[2024-a, 2025-b], currentPepper=2025-b]", config.toString());
  }

  @Test
  void builder_lastAlgorithmWins() {
    PasswordHashing config = PasswordHashing.builder().bcrypt(4).scrypt(16, 8, 1)
        .pbkdf2Sha256(1000).argon2id(64, 1, 1).build();
    assertEquals(
        "PasswordHashing[algorithm=ARGON2ID, m=64, t=1, p=1, peppers=[], currentPepper=null]",
        config.toString());
  }

  @Test
  void defaults_bcryptLongPasswordsArePreHashed() {
    assertEquals(PasswordHashing.LongPasswords.PRE_HASH,
        PasswordHashing.defaults().bcryptLongPasswords());
  }
}
