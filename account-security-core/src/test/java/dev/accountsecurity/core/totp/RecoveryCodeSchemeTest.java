package dev.accountsecurity.core.totp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accountsecurity.spi.RecoveryCodeHash;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RecoveryCodeSchemeTest {
  private static final String SHAPE =
      "[0-9a-hjkmnp-tv-z]{4}-[0-9a-hjkmnp-tv-z]{4}-[0-9a-hjkmnp-tv-z]{4}-[0-9a-hjkmnp-tv-z]{4}";

  private final TestSecretHasher hasher = new TestSecretHasher();
  private final RecoveryCodeScheme scheme = new RecoveryCodeScheme(hasher, new SecureRandom());

  @Test
  void issue_default_tenGroupedCodesWithSlotsInOrder() {
    RecoveryCodeScheme.Issued issued = scheme.issue();
    List<String> codes = issued.codes().codes();

    assertEquals(10, codes.size());
    assertEquals(10, new HashSet<>(codes).size());
    for (int slot = 0; slot < 10; slot++) {
      assertTrue(codes.get(slot).matches(SHAPE), codes.get(slot));
      assertEquals(Character.forDigit(slot, 10), codes.get(slot).charAt(0));
      assertEquals(slot, issued.hashes().get(slot).slot());
    }
  }

  @Test
  void issue_thirtyTwo_slotsUseWholeAlphabet() {
    RecoveryCodeScheme wide = new RecoveryCodeScheme(hasher, new SecureRandom(), 32);

    List<String> codes = wide.issue().codes().codes();

    assertEquals('z', codes.get(31).charAt(0));
    assertEquals(31, wide.parse(codes.get(31)).orElseThrow().slot());
  }

  @Test
  void matches_issuedCode_matchesOwnHashOnly() {
    RecoveryCodeScheme.Issued issued = scheme.issue();
    RecoveryCodeScheme.Parsed third = scheme.parse(issued.codes().codes().get(3)).orElseThrow();

    assertTrue(scheme.matches(third, issued.hashes().get(3)));
    assertFalse(scheme.matches(third, issued.hashes().get(4)));
  }

  @Test
  void matches_sameSlotOtherSet_noMatch() {
    RecoveryCodeScheme.Issued first = scheme.issue();
    RecoveryCodeScheme.Issued second = scheme.issue();
    RecoveryCodeScheme.Parsed code = scheme.parse(first.codes().codes().get(2)).orElseThrow();

    assertFalse(scheme.matches(code, second.hashes().get(2)));
  }

  @Test
  void matches_otherSlot_noHashComputed() {
    RecoveryCodeScheme.Issued issued = scheme.issue();
    RecoveryCodeScheme.Parsed code = scheme.parse(issued.codes().codes().get(2)).orElseThrow();
    int before = hasher.verifications();

    assertFalse(scheme.matches(code, issued.hashes().get(5)));
    assertEquals(before, hasher.verifications());
  }

  @Test
  void match_amongAllStored_costsOneHash() {
    RecoveryCodeScheme.Issued issued = scheme.issue();
    RecoveryCodeScheme.Parsed code = scheme.parse(issued.codes().codes().get(7)).orElseThrow();
    int before = hasher.verifications();

    Optional<RecoveryCodeHash> found = scheme.match(code, issued.hashes());

    assertEquals(Optional.of(issued.hashes().get(7)), found);
    assertEquals(before + 1, hasher.verifications());
  }

  @Test
  void match_wrongCodeAmongAllStored_costsOneHashAndFindsNothing() {
    RecoveryCodeScheme.Issued issued = scheme.issue();
    RecoveryCodeScheme.Parsed wrong = scheme.parse("7000-0000-0000-0000").orElseThrow();
    int before = hasher.verifications();

    assertEquals(Optional.empty(), scheme.match(wrong, issued.hashes()));
    assertEquals(before + 1, hasher.verifications());
  }

  @Test
  void match_slotAlreadyConsumed_noHashComputed() {
    RecoveryCodeScheme.Issued issued = scheme.issue();
    RecoveryCodeScheme.Parsed code = scheme.parse(issued.codes().codes().get(0)).orElseThrow();
    List<RecoveryCodeHash> left = issued.hashes().subList(1, 10);
    int before = hasher.verifications();

    assertEquals(Optional.empty(), scheme.match(code, left));
    assertEquals(before, hasher.verifications());
  }

  /** Inputs that read as the canonical code 7kq2mx9d4tbhp3we. */
  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(
      strings = {
        "7kq2-mx9d-4tbh-p3we",
        "7KQ2-MX9D-4TBH-P3WE",
        "7kq2mx9d4tbhp3we",
        " 7kq2 mx9d 4tbh p3we ",
        "7kq2\tmx9d\n4tbh\r\np3we",
        "7kq2–mx9d—4tbh‐p3we",
        "7-k-q-2-m-x-9-d-4-t-b-h-p-3-w-e",
      })
  void parse_separatorsAndCase_sameCode(String input) {
    assertEquals(
        Optional.of(new RecoveryCodeScheme.Parsed(7, "7kq2mx9d4tbhp3we")), scheme.parse(input));
  }

  @ParameterizedTest(name = "\"{0}\" reads as \"{1}\"")
  @CsvSource({
    "o1i1-lOIL-0000-0000, 0111-1011-0000-0000",
    "OOOO-IIII-LLLL-iiii, 0000-1111-1111-1111",
  })
  void parse_lookAlikes_readAsTwins(String input, String canonical) {
    assertEquals(scheme.parse(canonical), scheme.parse(input));
    assertEquals(canonical.replace("-", ""), scheme.parse(input).orElseThrow().normalized());
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(
      strings = {
        "",
        "   ",
        "123456",
        "7kq2-mx9d-4tbh-p3w",
        "7kq2-mx9d-4tbh-p3wee",
        "7kq2-mx9d-4tbh-p3we 1kq2-mx9d-4tbh-p3we",
        "7kq2-mx9d-4tbh-p3wu",
        "7kq2-mx9d-4tbh-p3w!",
        "7kq2_mx9d_4tbh_p3we",
        "7kq2.mx9d.4tbh.p3we",
        "7kq2-mx9d-4tbh-p3wé",
        "７kq2-mx9d-4tbh-p3we",
      })
  void parse_notOneCode_empty(String input) {
    assertEquals(Optional.empty(), scheme.parse(input));
  }

  @Test
  void parse_overLengthLimit_emptyEvenIfCodeInside() {
    String input = "7kq2-mx9d-4tbh-p3we" + " ".repeat(46);

    assertEquals(65, input.length());
    assertEquals(Optional.empty(), scheme.parse(input));
  }

  @Test
  void parse_atLengthLimit_readsCode() {
    String input = "7kq2-mx9d-4tbh-p3we" + " ".repeat(45);

    assertEquals(64, input.length());
    assertEquals(7, scheme.parse(input).orElseThrow().slot());
  }

  @Test
  void parse_hugeInput_empty() {
    assertEquals(Optional.empty(), scheme.parse("7kq2-mx9d-4tbh-p3we".repeat(100_000)));
  }

  @ParameterizedTest(name = "\"{0}\" -> {1}")
  @CsvSource({
    "7kq2-mx9d-4tbh-p3we,  true",
    "7KQ2MX9D4TBHP3WE,     true",
    "'7kq2 mx9d 4tbh p3wu', true",
    "1234567812345678,     true",
    "123456,               false",
    "12345678,             false",
    "'123 456',            false",
    "7kq2-mx9d-4tbh,       false",
    "7kq2-mx9d-4tbh-p3we!, false",
    "'',                   false",
  })
  void looksLikeRecoveryCode_shape(String input, boolean expected) {
    assertEquals(expected, RecoveryCodeScheme.looksLikeRecoveryCode(input));
  }

  @Test
  void looksLikeRecoveryCode_overLengthLimit_false() {
    String input = "7kq2-mx9d-4tbh-p3we" + " ".repeat(46);

    assertFalse(RecoveryCodeScheme.looksLikeRecoveryCode(input));
  }

  @Test
  void parsed_toString_masksCode() {
    RecoveryCodeScheme.Parsed parsed = scheme.parse("7kq2-mx9d-4tbh-p3we").orElseThrow();

    assertEquals("Parsed[slot=7, normalized=***]", parsed.toString());
  }

  @Test
  void issued_toString_masksCodesAndHashes() {
    RecoveryCodeScheme one = new RecoveryCodeScheme(hasher, new SecureRandom(), 1);

    RecoveryCodeScheme.Issued issued = one.issue();

    assertEquals(
        "Issued[codes=RecoveryCodes[1 codes, ***], "
            + "hashes=[RecoveryCodeHash[slot=0, hash=***]]]",
        issued.toString());
  }

  @Test
  void parsed_slotNotFirstCharacter_throws() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new RecoveryCodeScheme.Parsed(3, "7kq2mx9d4tbhp3we"));

    assertEquals(
        "slot must be the value of the code's first character but was 3", e.getMessage());
  }

  @Test
  void parsed_notCanonical_throws() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new RecoveryCodeScheme.Parsed(7, "7KQ2MX9D4TBHP3WE"));

    assertEquals(
        "normalized must be 16 lower-case Crockford Base32 characters", e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 33, -1})
  void constructor_countOutOfRange_throws(int count) {
    SecureRandom random = new SecureRandom();

    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> new RecoveryCodeScheme(hasher, random, count));

    assertEquals("count must be between 1 and 32 but was " + count, e.getMessage());
  }

  @Test
  void parse_null_throwsNamingParameter() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> scheme.parse(null));

    assertEquals("input", e.getMessage());
  }

  @Test
  void looksLikeRecoveryCode_null_throwsNamingParameter() {
    NullPointerException e =
        assertThrows(
            NullPointerException.class, () -> RecoveryCodeScheme.looksLikeRecoveryCode(null));

    assertEquals("input", e.getMessage());
  }

  @Test
  void constructor_nullHasher_throwsNamingParameter() {
    SecureRandom random = new SecureRandom();

    NullPointerException e =
        assertThrows(NullPointerException.class, () -> new RecoveryCodeScheme(null, random));

    assertEquals("hasher", e.getMessage());
  }
}
