package dev.accountsecurity.core.password;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accountsecurity.core.internal.SecretHasher;
import dev.accountsecurity.core.password.PasswordHasher.Verification;
import dev.accountsecurity.spi.StoredPassword;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordHasherTest {

  private static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String LEGACY_PASSWORD = "correct horse battery staple";
  private static final Verification MATCH = new Verification(true, false);
  private static final Verification MATCH_REHASH = new Verification(true, true);
  private static final Verification NO_MATCH = new Verification(false, false);

  private static final PasswordHasher ARGON2 = low(PasswordHashing.builder().argon2id(64, 1, 1));
  private static final PasswordHasher BCRYPT = low(PasswordHashing.builder().bcrypt(4));
  private static final PasswordHasher SCRYPT = low(PasswordHashing.builder().scrypt(16, 8, 1));
  private static final PasswordHasher PBKDF2 = low(PasswordHashing.builder().pbkdf2Sha256(1000));

  private static final byte[] KEY_A = "pepper key A, thirty-two bytes!!".getBytes(
      StandardCharsets.US_ASCII);
  private static final byte[] KEY_B = "pepper key B, thirty-two bytes!!".getBytes(
      StandardCharsets.US_ASCII);

  /** The one test that pays for the production parameters: 19 MiB of Argon2id, three times. */
  @Test
  void defaults_hashAndReferenceVector_owaspArgon2idVerifiesWithoutRehash() {
    PasswordHasher hasher = PasswordHasher.create(PasswordHashing.defaults(), RANDOM);
    StoredPassword stored = hasher.hash(LEGACY_PASSWORD, 1, NOW);
    // echo -n 'correct horse battery staple' | argon2 legacysaltvalue2 -id -t 2 -k 19456 -p 1
    //   -l 32 -e    (package argon2 0~20171227-0.3+deb12u1)
    StoredPassword reference = stored("$argon2id$v=19$m=19456,t=2,p=1$bGVnYWN5c2FsdHZhbHVlMg"
        + "$9qQLmXkdh184CDcsdxO4Bj2ycm580fsX+WHP020dbe0", null, true);
    assertAll(
        () -> assertTrue(stored.hash().startsWith("$argon2id$v=19$m=19456,t=2,p=1$"),
            stored.hash()),
        () -> assertEquals(MATCH, hasher.verify(LEGACY_PASSWORD, stored)),
        () -> assertEquals(MATCH, hasher.verify(LEGACY_PASSWORD, reference)));
  }

  @Test
  void hash_anyAlgorithm_returnsNormalizedStoredPassword() {
    StoredPassword stored = PBKDF2.hash("\uff21bc", 4, NOW);
    assertEquals(List.of(true, 4, NOW, false), List.of(stored.normalized(),
        stored.policyVersion(), stored.changedAt(), stored.changeRequired()));
  }

  static Stream<Arguments> formats() {
    return Stream.of(
        Arguments.of(ARGON2, "^\\$argon2id\\$v=19\\$m=64,t=1,p=1\\$[A-Za-z0-9+/]{22}\\$"
            + "[A-Za-z0-9+/]{43}$"),
        Arguments.of(BCRYPT, "^\\$2b\\$04\\$[./A-Za-z0-9]{53}$"),
        Arguments.of(SCRYPT, "^\\$scrypt\\$ln=4,r=8,p=1\\$[A-Za-z0-9+/]{22}\\$"
            + "[A-Za-z0-9+/]{43}$"),
        Arguments.of(PBKDF2, "^\\$pbkdf2-sha256\\$1000\\$[./A-Za-z0-9]{22}\\$[./A-Za-z0-9]{43}$"));
  }

  @ParameterizedTest
  @MethodSource("formats")
  void hash_eachAlgorithm_writesItsDocumentedFormat(PasswordHasher hasher, String pattern) {
    String hash = hasher.hash(LEGACY_PASSWORD, 1, NOW).hash();
    assertTrue(hash.matches(pattern), hash);
  }

  /**
   * Hashes made by other implementations on this machine (Debian 12 packages) of "correct horse
   * battery staple", each with the command that made it.
   */
  static Stream<Arguments> legacyVectors() {
    PasswordHashing.Builder argon2Defaults = PasswordHashing.builder();
    return Stream.of(
        // echo -n 'correct horse battery staple' | argon2 legacysaltvalue1 -id -t 2 -k 4096 -p 1
        //   -l 32 -e    (package argon2 0~20171227-0.3+deb12u1)
        legacy("argon2 CLI, memory below defaults",
            "$argon2id$v=19$m=4096,t=2,p=1$bGVnYWN5c2FsdHZhbHVlMQ"
                + "$wkwRKq/rvxHPm5JbR2J9+fjc7jvPGRFCDXY1wI4cUTs",
            argon2Defaults, true),
        legacy("argon2 CLI, same parameters",
            "$argon2id$v=19$m=4096,t=2,p=1$bGVnYWN5c2FsdHZhbHVlMQ"
                + "$wkwRKq/rvxHPm5JbR2J9+fjc7jvPGRFCDXY1wI4cUTs",
            PasswordHashing.builder().argon2id(4096, 2, 1), false),
        // echo -n 'correct horse battery staple' | argon2 legacysaltvalue3 -i -t 3 -k 4096 -p 2
        //   -l 32 -e
        legacy("argon2 CLI, Argon2i is another algorithm",
            "$argon2i$v=19$m=4096,t=3,p=2$bGVnYWN5c2FsdHZhbHVlMw"
                + "$xhVlBMOBFtBvow8P+swdMgd+wwBIDXGN8MVMwoXeCZo",
            PasswordHashing.builder().argon2id(64, 1, 1), true),
        // echo -n 'correct horse battery staple' | argon2 legacysaltvalue4 -id -t 2 -k 4096 -p 1
        //   -l 32 -v 10 -e
        legacy("argon2 CLI, version 1.0",
            "$argon2id$v=16$m=4096,t=2,p=1$bGVnYWN5c2FsdHZhbHVlNA"
                + "$mDeW1oJay68yQLZDtHQKnGK9qRdUAiMwkS8Q9nA7dOQ",
            PasswordHashing.builder().argon2id(64, 1, 1), true),
        // htpasswd -nbBC 4 user 'correct horse battery staple'    (apache2-utils 2.4.71)
        legacy("htpasswd $2y$, same cost",
            "$2y$04$TTMAl.xZdIKJpMH8SmSz1eSFJkN69u8Nf6PTb/3ON0O/sfANrfKA.",
            PasswordHashing.builder().bcrypt(4), false),
        legacy("htpasswd $2y$, cost below",
            "$2y$04$TTMAl.xZdIKJpMH8SmSz1eSFJkN69u8Nf6PTb/3ON0O/sfANrfKA.",
            PasswordHashing.builder().bcrypt(5), true),
        // mkpasswd -m bcrypt -R 5 'correct horse battery staple'    (whois 5.5.17)
        legacy("mkpasswd $2b$, same cost",
            "$2b$05$CNY4S4LYb7zFVqIamcD85.an46r6ZBiTgcBnlDW9K70UR9bskDTle",
            PasswordHashing.builder().bcrypt(5), false),
        legacy("mkpasswd $2b$, Argon2id configured",
            "$2b$05$CNY4S4LYb7zFVqIamcD85.an46r6ZBiTgcBnlDW9K70UR9bskDTle",
            argon2Defaults, true),
        // python3 -c 'import bcrypt; print(bcrypt.hashpw(b"correct horse battery staple",
        //   bcrypt.gensalt(rounds=4, prefix=b"2a")).decode())'    (python3-bcrypt 3.2.2)
        legacy("python3-bcrypt $2a$",
            "$2a$04$fchMIJI0g//NhlFa9cYzwudj2PlZDrfgWrHdwlvEux7z6G7qbJx46",
            PasswordHashing.builder().bcrypt(4), false),
        // the same with rounds=5, prefix=b"2b"
        legacy("python3-bcrypt $2b$, cost below",
            "$2b$05$2PCT8WuKUc4fGwDIDDp2vuGDzJ0TweEUr3fqzUilsOJkiXUrO061e",
            PasswordHashing.builder().bcrypt(6), true),
        // python3 -c 'from passlib.hash import scrypt; print(scrypt.using(rounds=4,
        //   block_size=8, parallelism=1).hash("correct horse battery staple"))'
        //   (python3-passlib 1.7.4, which computes with hashlib.scrypt)
        legacy("passlib scrypt, same parameters",
            "$scrypt$ln=4,r=8,p=1$i9EawzgnpBRijBEiRMhZyw"
                + "$ytn4dqAN0asw6Sjc6zhcBrdp7MgA7HQItI1Z1XnDXkk",
            PasswordHashing.builder().scrypt(16, 8, 1), false),
        legacy("passlib scrypt, N below",
            "$scrypt$ln=4,r=8,p=1$i9EawzgnpBRijBEiRMhZyw"
                + "$ytn4dqAN0asw6Sjc6zhcBrdp7MgA7HQItI1Z1XnDXkk",
            PasswordHashing.builder().scrypt(32, 8, 1), true),
        // python3: s = b"hashlibscrypt-16"; d = hashlib.scrypt(b"correct horse battery staple",
        //   salt=s, n=16, r=8, p=1, dklen=32); printed as "$scrypt$ln=4,r=8,p=1$" +
        //   b64encode(s).rstrip("=") + "$" + b64encode(d).rstrip("=")
        legacy("hashlib scrypt",
            "$scrypt$ln=4,r=8,p=1$aGFzaGxpYnNjcnlwdC0xNg"
                + "$pvtK7hghWQ8ibgfOdosG8hgCrRPp2Spf3VD7i8dmMo0",
            PasswordHashing.builder().scrypt(16, 8, 1), false),
        // python3 -c 'from passlib.hash import pbkdf2_sha256;
        //   print(pbkdf2_sha256.using(rounds=1000).hash("correct horse battery staple"))'
        legacy("passlib pbkdf2_sha256, same iterations",
            "$pbkdf2-sha256$1000$5vyfU2otpfSe855TirFWag"
                + "$wW8Lmywalk0Kb/2gDjh3HBXg.ozqhd45TC9nOtaMPf4",
            PasswordHashing.builder().pbkdf2Sha256(1000), false),
        legacy("passlib pbkdf2_sha256, iterations below",
            "$pbkdf2-sha256$1000$5vyfU2otpfSe855TirFWag"
                + "$wW8Lmywalk0Kb/2gDjh3HBXg.ozqhd45TC9nOtaMPf4",
            PasswordHashing.builder().pbkdf2Sha256(2000), true),
        // python3: salt = "Vx3nKbq9TzR2wLm8YcPa0e"; h = hashlib.pbkdf2_hmac("sha256",
        //   b"correct horse battery staple", salt.encode(), 1500, 32); printed as Django does:
        //   "pbkdf2_sha256$1500$" + salt + "$" + b64encode(h)
        legacy("Django pbkdf2_sha256 layout",
            "pbkdf2_sha256$1500$Vx3nKbq9TzR2wLm8YcPa0e"
                + "$RaQhUYVB20uAgr661dSI+3tWNcrK+cd89XTnJcqMvRk=",
            PasswordHashing.builder().pbkdf2Sha256(1000), false),
        legacy("Django pbkdf2_sha256 layout, iterations below",
            "pbkdf2_sha256$1500$Vx3nKbq9TzR2wLm8YcPa0e"
                + "$RaQhUYVB20uAgr661dSI+3tWNcrK+cd89XTnJcqMvRk=",
            PasswordHashing.builder().pbkdf2Sha256(2000), true));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("legacyVectors")
  void verify_legacyVector_matchesAndReportsRehash(
      String name, String hash, PasswordHashing.Builder config, boolean needsRehash) {
    PasswordHasher hasher = PasswordHasher.create(config.build(), RANDOM);
    assertEquals(new Verification(true, needsRehash),
        hasher.verify(LEGACY_PASSWORD, stored(hash, null, true)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("legacyVectors")
  void verify_legacyVectorWrongPassword_noMatch(
      String name, String hash, PasswordHashing.Builder config, boolean needsRehash) {
    PasswordHasher hasher = PasswordHasher.create(config.build(), RANDOM);
    assertEquals(NO_MATCH, hasher.verify("correct horse battery stapl", stored(hash, null, true)));
  }

  @Test
  void verify_passlibBcryptSha256_matchesLongPassword() {
    // python3 -c 'from passlib.hash import bcrypt_sha256;
    //   print(bcrypt_sha256.using(rounds=4).hash(LONG))' with LONG the 92-byte text below
    String hash = "$bcrypt-sha256$v=2,t=2b,r=4$VWwgB/nOIsdfuWKA.bIeh."
        + "$0ks/5GE7BwSTGA9CWYdMjRS7FpHW73y";
    String password = "long passphrase that keeps going well past the seventy-two byte limit"
        + " of bcrypt, on purpose!";
    assertEquals(MATCH, BCRYPT.verify(password, stored(hash, null, true)));
  }

  // python3 -c 'from passlib.hash import pbkdf2_sha256; print(pbkdf2_sha256.using(rounds=1000)
  //   .hash("\uff30\uff41\uff53\uff53 \ufb01nancial \u2460"))': full-width "Pass", the "fi"
  // ligature and a circled one, hashed as typed, without NFKC ("Pass financial 1").
  private static final String UNNORMALIZED_HASH = "$pbkdf2-sha256$1000$G0NIqTWmFEKI8V7LGYMQIg"
      + "$1RukcaWeuCKhtuBawwnjl3uUps1zoxyIRAvMNbbbjrQ";
  private static final String UNNORMALIZED_PASSWORD = "\uff30\uff41\uff53\uff53 \ufb01nancial"
      + " \u2460";

  @Test
  void verify_importWithoutNormalization_matchesRawFormAndNeedsRehash() {
    assertEquals(MATCH_REHASH,
        PBKDF2.verify(UNNORMALIZED_PASSWORD, stored(UNNORMALIZED_HASH, null, false)));
  }

  @Test
  void verify_unnormalizedHashMarkedNormalized_noMatch() {
    assertEquals(NO_MATCH,
        PBKDF2.verify(UNNORMALIZED_PASSWORD, stored(UNNORMALIZED_HASH, null, true)));
  }

  @Test
  void verify_normalizedHashMarkedUnnormalized_matchesAndNeedsRehash() {
    StoredPassword ours = PBKDF2.hash("Caf\u00e9", 1, NOW);
    StoredPassword imported = stored(ours.hash(), null, false);
    assertEquals(MATCH_REHASH, PBKDF2.verify("Cafe\u0301", imported));
  }

  @Test
  void verify_ownHashUnderHigherConfiguration_needsRehash() {
    StoredPassword stored = ARGON2.hash(LEGACY_PASSWORD, 1, NOW);
    PasswordHasher stronger = low(PasswordHashing.builder().argon2id(128, 1, 1));
    assertEquals(MATCH_REHASH, stronger.verify(LEGACY_PASSWORD, stored));
  }

  @Test
  void verify_ownHashUnderLowerConfiguration_noRehash() {
    StoredPassword stored = low(PasswordHashing.builder().argon2id(128, 2, 1))
        .hash(LEGACY_PASSWORD, 1, NOW);
    assertEquals(MATCH, ARGON2.verify(LEGACY_PASSWORD, stored));
  }

  @Test
  void hash_withPepper_recordsKeyIdAndNeedsItToVerify() {
    PasswordHasher peppered = low(PasswordHashing.builder().argon2id(64, 1, 1)
        .pepper("A", KEY_A).currentPepper("A"));
    StoredPassword stored = peppered.hash(LEGACY_PASSWORD, 1, NOW);
    StoredPassword withoutKeyId = stored(stored.hash(), null, true);
    assertEquals(List.of("A", MATCH, NO_MATCH), List.of(stored.pepperKeyId(),
        peppered.verify(LEGACY_PASSWORD, stored), ARGON2.verify(LEGACY_PASSWORD, withoutKeyId)));
  }

  @Test
  void verify_pepperRotatedToB_matchesUnderAAndNeedsRehash() {
    StoredPassword underA = low(PasswordHashing.builder().argon2id(64, 1, 1)
        .pepper("A", KEY_A).currentPepper("A")).hash(LEGACY_PASSWORD, 1, NOW);
    PasswordHasher rotated = low(PasswordHashing.builder().argon2id(64, 1, 1)
        .pepper("A", KEY_A).pepper("B", KEY_B).currentPepper("B"));
    assertEquals(MATCH_REHASH, rotated.verify(LEGACY_PASSWORD, underA));
  }

  @Test
  void verify_pepperBAddedButACurrent_noRehash() {
    StoredPassword underA = low(PasswordHashing.builder().argon2id(64, 1, 1)
        .pepper("A", KEY_A).currentPepper("A")).hash(LEGACY_PASSWORD, 1, NOW);
    PasswordHasher both = low(PasswordHashing.builder().argon2id(64, 1, 1)
        .pepper("A", KEY_A).pepper("B", KEY_B).currentPepper("A"));
    assertEquals(MATCH, both.verify(LEGACY_PASSWORD, underA));
  }

  @Test
  void verify_unknownPepperKeyId_noMatch() {
    StoredPassword underA = low(PasswordHashing.builder().argon2id(64, 1, 1)
        .pepper("A", KEY_A).currentPepper("A")).hash(LEGACY_PASSWORD, 1, NOW);
    PasswordHasher onlyB = low(PasswordHashing.builder().argon2id(64, 1, 1)
        .pepper("B", KEY_B).currentPepper("B"));
    assertEquals(NO_MATCH, onlyB.verify(LEGACY_PASSWORD, underA));
  }

  @Test
  void verify_unpepperedHashWhenPepperConfigured_matchesAndNeedsRehash() {
    StoredPassword plain = ARGON2.hash(LEGACY_PASSWORD, 1, NOW);
    PasswordHasher peppered = low(PasswordHashing.builder().argon2id(64, 1, 1)
        .pepper("A", KEY_A).currentPepper("A"));
    assertEquals(MATCH_REHASH, peppered.verify(LEGACY_PASSWORD, plain));
  }

  @Test
  void pepper_keyArrayChangedAfterwards_configurationKeepsCopy() {
    byte[] key = KEY_A.clone();
    PasswordHasher peppered = low(PasswordHashing.builder().argon2id(64, 1, 1)
        .pepper("A", key).currentPepper("A"));
    StoredPassword stored = peppered.hash(LEGACY_PASSWORD, 1, NOW);
    key[0] ^= 1;
    PasswordHasher original = low(PasswordHashing.builder().argon2id(64, 1, 1)
        .pepper("A", KEY_A).currentPepper("A"));
    assertEquals(MATCH, original.verify(LEGACY_PASSWORD, stored));
  }

  private static final String LONG_PREFIX = "x".repeat(72);

  @Test
  void hash_bcryptOver72Bytes_preHashesSoTheTailCounts() {
    StoredPassword stored = BCRYPT.hash(LONG_PREFIX + "tail one", 1, NOW);
    assertAll(
        () -> assertTrue(stored.hash().startsWith("$bcrypt-sha256$v=2,t=2b,r=4$"), stored.hash()),
        () -> assertEquals(MATCH, BCRYPT.verify(LONG_PREFIX + "tail one", stored)),
        () -> assertEquals(NO_MATCH, BCRYPT.verify(LONG_PREFIX + "tail two", stored)));
  }

  @Test
  void hash_bcryptExactly72Bytes_staysModularCrypt() {
    assertTrue(BCRYPT.hash(LONG_PREFIX, 1, NOW).hash().startsWith("$2b$04$"));
  }

  @Test
  void verify_longPasswordAgainstPlainBcryptOfItsPrefix_noMatch() {
    // bcrypt alone would read only the first 72 bytes and match; this hasher never truncates.
    StoredPassword prefixOnly = BCRYPT.hash(LONG_PREFIX, 1, NOW);
    assertEquals(NO_MATCH, BCRYPT.verify(LONG_PREFIX + "tail", prefixOnly));
  }

  private static final PasswordHasher REFUSING = low(PasswordHashing.builder().bcrypt(4)
      .bcryptLongPasswords(PasswordHashing.LongPasswords.REFUSE));

  @Test
  void accepts_refuseModeLongPassword_false() {
    assertEquals(List.of(false, true, true), List.of(REFUSING.accepts(LONG_PREFIX + "y"),
        REFUSING.accepts(LONG_PREFIX), BCRYPT.accepts(LONG_PREFIX + "y")));
  }

  @Test
  void accepts_refuseModeCountsUtf8Bytes_false() {
    // 37 code points and UTF-16 units, but 74 UTF-8 bytes.
    assertFalse(REFUSING.accepts("\u00e9".repeat(37)));
  }

  @Test
  void hash_refuseModeLongPassword_throws() {
    String password = LONG_PREFIX + "y";
    assertThrows(IllegalArgumentException.class, () -> REFUSING.hash(password, 1, NOW));
  }

  @Test
  void accepts_refuseModeWithPepper_trueAndHashes() {
    PasswordHasher peppered = low(PasswordHashing.builder().bcrypt(4)
        .bcryptLongPasswords(PasswordHashing.LongPasswords.REFUSE)
        .pepper("A", KEY_A).currentPepper("A"));
    StoredPassword stored = peppered.hash(LONG_PREFIX + "y", 1, NOW);
    assertEquals(List.of(true, MATCH, NO_MATCH), List.of(peppered.accepts(LONG_PREFIX + "y"),
        peppered.verify(LONG_PREFIX + "y", stored), peppered.verify(LONG_PREFIX + "z", stored)));
  }

  @Test
  void burn_refuseModeLongPassword_spendsWithoutThrowing() {
    REFUSING.burn(LONG_PREFIX + "y");
    assertFalse(REFUSING.accepts(LONG_PREFIX + "y"));
  }

  static Stream<String> hostileHashes() {
    String salt = "$bGVnYWN5c2FsdHZhbHVlMQ$wkwRKq/rvxHPm5JbR2J9+fjc7jvPGRFCDXY1wI4cUTs";
    String pbkdf2Tail = "$5vyfU2otpfSe855TirFWag$wW8Lmywalk0Kb/2gDjh3HBXg.ozqhd45TC9nOtaMPf4";
    String scryptTail = "$i9EawzgnpBRijBEiRMhZyw$ytn4dqAN0asw6Sjc6zhcBrdp7MgA7HQItI1Z1XnDXkk";
    return Stream.of(
        "",
        "garbage",
        "$",
        "$$$$$",
        "$md5$salt$hash",
        "$argon2id$v=19$m=4096,t=2,p=1$!!!$wkwRKq/rvxHPm5JbR2J9+fjc7jvPGRFCDXY1wI4cUTs",
        "$argon2id$v=19$m=4096,t=2,p=1$bGVnYWN5c2FsdHZhbHVlMQ$###",
        "$argon2id$v=19$m=4096,t=2,p=1$bGVnYWN5c2FsdHZhbHVlMQ$",
        "$argon2id$v=19$m=4096,t=2,p=1$YQ$wkwRKq/rvxHPm5JbR2J9+fjc7jvPGRFCDXY1wI4cUTs",
        "$argon2id$v=19$m=5000000,t=2,p=1" + salt,
        "$argon2id$v=19$m=2147483647,t=2,p=1" + salt,
        "$argon2id$v=19$m=99999999999,t=2,p=1" + salt,
        "$argon2id$v=19$m=4096,t=1000000,p=1" + salt,
        "$argon2id$v=19$m=4096,t=0,p=1" + salt,
        "$argon2id$v=19$m=4096,t=2,p=0" + salt,
        "$argon2id$v=19$m=4096,t=2,p=255" + salt,
        "$argon2id$v=19$m=-4096,t=2,p=1" + salt,
        "$argon2id$v=19$t=2,m=4096,p=1" + salt,
        "$argon2id$v=19$m=4096,t=2,p=1,keyid=x" + salt,
        "$argon2id$v=20$m=4096,t=2,p=1" + salt,
        "$argon2x$v=19$m=4096,t=2,p=1" + salt,
        "$2b$31$CNY4S4LYb7zFVqIamcD85.an46r6ZBiTgcBnlDW9K70UR9bskDTle",
        "$2b$17$CNY4S4LYb7zFVqIamcD85.an46r6ZBiTgcBnlDW9K70UR9bskDTle",
        "$2b$03$CNY4S4LYb7zFVqIamcD85.an46r6ZBiTgcBnlDW9K70UR9bskDTle",
        "$2x$05$CNY4S4LYb7zFVqIamcD85.an46r6ZBiTgcBnlDW9K70UR9bskDTle",
        "$2b$05$CNY4S4LYb7zFVqIamcD85.an46r6ZBiTgcBnlDW9K70UR9bskDTl",
        "$2b$05$CNY4S4LYb7zFVqIamcD85.an46r6ZBiTgcBnlDW9K70UR9bskD!le",
        "$bcrypt-sha256$v=2,t=2b,r=99$VWwgB/nOIsdfuWKA.bIeh.$0ks/5GE7BwSTGA9CWYdMjRS7FpHW73y",
        "$bcrypt-sha256$v=1,t=2b,r=4$VWwgB/nOIsdfuWKA.bIeh.$0ks/5GE7BwSTGA9CWYdMjRS7FpHW73y",
        "$scrypt$ln=30,r=8,p=1" + scryptTail,
        "$scrypt$ln=24,r=8,p=1" + scryptTail,
        "$scrypt$ln=4,r=1000,p=1" + scryptTail,
        "$scrypt$ln=4,r=8,p=1000" + scryptTail,
        "$scrypt$ln=0,r=8,p=1" + scryptTail,
        "$scrypt$ln=4,r=8" + scryptTail,
        "$scrypt$ln=4,r=8,p=1$i9EawzgnpBRijBEiRMhZyw$%%%",
        "$pbkdf2-sha256$2000000000" + pbkdf2Tail,
        "$pbkdf2-sha256$10000001" + pbkdf2Tail,
        "$pbkdf2-sha256$99999999999999999999" + pbkdf2Tail,
        "$pbkdf2-sha256$0" + pbkdf2Tail,
        "$pbkdf2-sha256$-5" + pbkdf2Tail,
        "$pbkdf2-sha256$i=1000,l=16" + pbkdf2Tail,
        "$pbkdf2-sha256$1000$5vyfU2otpfSe855TirFWag$***",
        "pbkdf2_sha256$1500$$RaQhUYVB20uAgr661dSI+3tWNcrK+cd89XTnJcqMvRk=",
        "pbkdf2_sha256$1500$Vx3nKbq9TzR2wLm8YcPa0e$not base64",
        "$pbkdf2-sha256$1000$" + "A".repeat(600) + "$wW8Lmywalk0Kb/2gDjh3HBXg.ozqhd45TC9nOtaMPf4");
  }

  @ParameterizedTest
  @MethodSource("hostileHashes")
  void verify_malformedOrHostileHash_noMatchWithoutException(String hash) {
    assertEquals(NO_MATCH, ARGON2.verify(LEGACY_PASSWORD, stored(hash, null, true)));
  }

  @ParameterizedTest
  @MethodSource("hostileHashes")
  void secretHasherVerify_malformedOrHostileHash_false(String hash) {
    assertFalse(ARGON2.asSecretHasher().verify(LEGACY_PASSWORD, hash));
  }

  @Test
  void verify_phcPbkdf2Form_matches() {
    // The passlib vector's salt and hash re-encoded in the PHC form with standard Base64.
    String hash = "$pbkdf2-sha256$i=1000,l=32$5vyfU2otpfSe855TirFWag"
        + "$wW8Lmywalk0Kb/2gDjh3HBXg+ozqhd45TC9nOtaMPf4";
    assertEquals(MATCH, PBKDF2.verify(LEGACY_PASSWORD, stored(hash, null, true)));
  }

  @Test
  void hash_loneSurrogate_throws() {
    assertThrows(IllegalArgumentException.class, () -> ARGON2.hash("ab\ud800", 1, NOW));
  }

  @Test
  void verify_loneSurrogateAgainstQuestionMark_noMatch() {
    // UTF-8 encoding would turn the lone surrogate into "?", the stored password.
    StoredPassword stored = ARGON2.hash("ab?", 1, NOW);
    assertEquals(NO_MATCH, ARGON2.verify("ab\ud800", stored));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1})
  void hash_policyVersionBelowOne_throws(int version) {
    assertThrows(IllegalArgumentException.class, () -> ARGON2.hash("pw", version, NOW));
  }

  @Test
  void secretHasher_ignoresPepperAndNormalization() {
    PasswordHasher peppered = low(PasswordHashing.builder().argon2id(64, 1, 1)
        .pepper("A", KEY_A).currentPepper("A"));
    String encoded = peppered.asSecretHasher().hash("\uff21BCD-1234");
    SecretHasher plain = ARGON2.asSecretHasher();
    assertEquals(List.of(true, false),
        List.of(plain.verify("\uff21BCD-1234", encoded), plain.verify("ABCD-1234", encoded)));
  }

  @Test
  void recoveryCodes_presetHashesWithLowCostPbkdf2() {
    PasswordHashing preset = PasswordHashing.recoveryCodes();
    String encoded = PasswordHasher.create(preset, RANDOM).asSecretHasher().hash("ABCD-EFGH");
    assertAll(
        () -> assertEquals(PasswordHashing.Algorithm.PBKDF2_SHA256, preset.algorithm()),
        () -> assertTrue(encoded.startsWith("$pbkdf2-sha256$5000$"), encoded));
  }

  static Stream<Arguments> nullArguments() {
    StoredPassword stored = stored("$2b$04$x", null, true);
    return Stream.of(
        nullCase("config", () -> PasswordHasher.create(null, RANDOM)),
        nullCase("random", () -> PasswordHasher.create(PasswordHashing.defaults(), null)),
        nullCase("password", () -> ARGON2.hash(null, 1, NOW)),
        nullCase("now", () -> ARGON2.hash("pw", 1, null)),
        nullCase("password", () -> ARGON2.verify(null, stored)),
        nullCase("stored", () -> ARGON2.verify("pw", null)),
        nullCase("password", () -> ARGON2.burn(null)),
        nullCase("password", () -> ARGON2.accepts(null)),
        nullCase("secret", () -> ARGON2.asSecretHasher().hash(null)),
        nullCase("secret", () -> ARGON2.asSecretHasher().verify(null, "x")),
        nullCase("encoded", () -> ARGON2.asSecretHasher().verify("x", null)),
        nullCase("password", () -> PasswordText.normalize(null)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nullArguments")
  void call_nullArgument_throwsNamingIt(String parameter, Executable call) {
    NullPointerException e = assertThrows(NullPointerException.class, call);
    assertEquals(parameter, e.getMessage());
  }

  private static Arguments nullCase(String parameter, Executable call) {
    return Arguments.of(parameter, call);
  }

  private static Arguments legacy(
      String name, String hash, PasswordHashing.Builder config, boolean needsRehash) {
    return Arguments.of(name, hash, config, needsRehash);
  }

  private static StoredPassword stored(String hash, String pepperKeyId, boolean normalized) {
    return new StoredPassword(hash, pepperKeyId, normalized, 1, NOW, false);
  }

  private static PasswordHasher low(PasswordHashing.Builder builder) {
    return PasswordHasher.create(builder.build(), RANDOM);
  }
}
