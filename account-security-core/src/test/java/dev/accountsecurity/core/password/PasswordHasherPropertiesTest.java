package dev.accountsecurity.core.password;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accountsecurity.core.internal.SecretHasher;
import dev.accountsecurity.spi.StoredPassword;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/** Round trips on every algorithm at low cost, so that many passwords can be tried. */
class PasswordHasherPropertiesTest {

  private static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final List<PasswordHasher> HASHERS = List.of(
      hasher(PasswordHashing.builder().argon2id(64, 1, 1)),
      hasher(PasswordHashing.builder().bcrypt(4)),
      hasher(PasswordHashing.builder().scrypt(16, 8, 1)),
      hasher(PasswordHashing.builder().pbkdf2Sha256(1000)),
      hasher(PasswordHashing.builder().bcrypt(4).pepper("k1", new byte[32]).currentPepper("k1")),
      hasher(PasswordHashing.builder().argon2id(64, 1, 1)
          .pepper("k1", new byte[32]).currentPepper("k1")));

  @Property(tries = 50)
  void hash_anyPassword_verifiesWithoutRehash(
      @ForAll("hashers") PasswordHasher hasher, @ForAll("passwords") String password) {
    StoredPassword stored = hasher.hash(password, 1, NOW);
    assertEquals(new PasswordHasher.Verification(true, false), hasher.verify(password, stored));
  }

  @Property(tries = 50)
  void verify_differentPassword_doesNotMatch(@ForAll("hashers") PasswordHasher hasher,
      @ForAll("passwords") String password, @ForAll("passwords") String other) {
    Assume.that(!PasswordText.normalize(password).equals(PasswordText.normalize(other)));
    StoredPassword stored = hasher.hash(password, 1, NOW);
    assertFalse(hasher.verify(other, stored).matches());
  }

  @Property(tries = 50)
  void verify_nfcAndNfdForms_bothMatch(
      @ForAll("hashers") PasswordHasher hasher, @ForAll("accented") String password) {
    String nfc = Normalizer.normalize(password, Normalizer.Form.NFC);
    String nfd = Normalizer.normalize(password, Normalizer.Form.NFD);
    StoredPassword stored = hasher.hash(nfc, 1, NOW);
    assertTrue(hasher.verify(nfd, stored).matches() && hasher.verify(nfc, stored).matches());
  }

  @Property(tries = 50)
  void secretHasher_anySecret_roundTripsAndRefusesOthers(@ForAll("hashers") PasswordHasher hasher,
      @ForAll("passwords") String secret, @ForAll("passwords") String other) {
    Assume.that(!secret.equals(other));
    SecretHasher secrets = hasher.asSecretHasher();
    String encoded = secrets.hash(secret);
    assertEquals(List.of(true, false),
        List.of(secrets.verify(secret, encoded), secrets.verify(other, encoded)));
  }

  @Property(tries = 50)
  void bcryptBase64_anyBytes_roundTrips(@ForAll byte[] bytes) {
    assertArrayEquals(bytes, HashText.fromBcryptBase64(HashText.bcryptBase64(bytes)));
  }

  @Provide
  Arbitrary<PasswordHasher> hashers() {
    return Arbitraries.of(HASHERS);
  }

  /** ASCII, Latin, combining marks, full-width forms and emoji; up to 160 UTF-8 bytes. */
  @Provide
  Arbitrary<String> passwords() {
    Arbitrary<Integer> codePoints = Arbitraries.frequencyOf(
        Tuple.of(6, Arbitraries.integers().between(0x20, 0x7e)),
        Tuple.of(2, Arbitraries.integers().between(0xa0, 0x24f)),
        Tuple.of(1, Arbitraries.integers().between(0x300, 0x36f)),
        Tuple.of(1, Arbitraries.integers().between(0xff01, 0xff5e)),
        Tuple.of(1, Arbitraries.integers().between(0x1f600, 0x1f64f)));
    return codePoints.list().ofMaxSize(40).map(PasswordHasherPropertiesTest::text);
  }

  /** Letters that have both a composed and a decomposed form, among ASCII. */
  @Provide
  Arbitrary<String> accented() {
    Arbitrary<Integer> codePoints = Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.integers().between(0x20, 0x7e)),
        Tuple.of(2, Arbitraries.of(0xe9, 0xe8, 0xfc, 0xf1, 0xc5, 0x1e69, 0xac00, 0xd55c)));
    return codePoints.list().ofMinSize(1).ofMaxSize(30).map(PasswordHasherPropertiesTest::text);
  }

  private static String text(List<Integer> codePoints) {
    StringBuilder text = new StringBuilder();
    codePoints.forEach(text::appendCodePoint);
    return text.toString();
  }

  private static PasswordHasher hasher(PasswordHashing.Builder builder) {
    return PasswordHasher.create(builder.build(), RANDOM);
  }
}
