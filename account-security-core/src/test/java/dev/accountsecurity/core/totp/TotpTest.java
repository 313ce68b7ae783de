package dev.accountsecurity.core.totp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TotpTest {
  private static final byte[] SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
  /** RFC 6238: at 1111111109 s the step is 37037036 and the 6-digit SHA-1 code is 081804. */
  private static final Instant T = Instant.ofEpochSecond(1111111109);
  private static final long STEP = 37037036;

  private final Totp totp = Totp.defaults();
  private final Totp.Key key = totp.key(SEED);

  @Test
  void verify_codeOfCurrentStep_accepted() {
    assertEquals(new TotpMatch.Accepted(STEP), totp.verify(key, "081804", T, -1));
  }

  @Test
  void verify_codeFromPreviousStep_accepted() {
    String code = codeAt(STEP - 1);

    assertEquals(new TotpMatch.Accepted(STEP - 1), totp.verify(key, code, T, -1));
  }

  @Test
  void verify_codeFromNextStep_accepted() {
    String code = codeAt(STEP + 1);

    assertEquals(new TotpMatch.Accepted(STEP + 1), totp.verify(key, code, T, -1));
  }

  @Test
  void verify_codeWithSpaces_accepted() {
    assertEquals(new TotpMatch.Accepted(STEP), totp.verify(key, " 081 804 ", T, -1));
  }

  @Test
  void verify_secretBytesInsteadOfKey_sameOutcome() {
    assertEquals(new TotpMatch.Accepted(STEP), totp.verify(SEED, "081804", T, -1));
  }

  @Test
  void verify_lastUsedStepIsTheStep_alreadyUsed() {
    assertEquals(new TotpMatch.AlreadyUsed(), totp.verify(key, "081804", T, STEP));
  }

  @Test
  void verify_lastUsedStepIsLater_alreadyUsed() {
    assertEquals(new TotpMatch.AlreadyUsed(), totp.verify(key, codeAt(STEP - 1), T, STEP + 1));
  }

  @Test
  void verify_lastUsedStepJustBefore_accepted() {
    assertEquals(new TotpMatch.Accepted(STEP), totp.verify(key, "081804", T, STEP - 1));
  }

  @Test
  void verify_codeFourStepsAhead_wrongWithDriftOf120Seconds() {
    TotpMatch match = totp.verify(key, codeAt(STEP + 4), T, -1);

    assertEquals(new TotpMatch.Wrong(Duration.ofSeconds(120)), match);
  }

  @Test
  void verify_codeThreeStepsBehind_wrongWithDriftOfMinus90Seconds() {
    TotpMatch match = totp.verify(key, codeAt(STEP - 3), T, -1);

    assertEquals(new TotpMatch.Wrong(Duration.ofSeconds(-90)), match);
  }

  @Test
  void verify_codeAtEdgeOfDriftScan_wrongWithDrift() {
    TotpMatch match = totp.verify(key, codeAt(STEP + 10), T, -1);

    assertEquals(new TotpMatch.Wrong(Duration.ofSeconds(300)), match);
  }

  @Test
  void verify_codeBeyondDriftScan_wrongWithoutDrift() {
    assertEquals(new TotpMatch.Wrong(null), totp.verify(key, codeAt(STEP + 11), T, -1));
  }

  @Test
  void verify_driftScanEqualToWindow_noDriftReported() {
    Totp noScan = Totp.builder().driftScan(1).build();

    TotpMatch match = noScan.verify(SEED, codeAt(STEP + 4), T, -1);

    assertEquals(new TotpMatch.Wrong(null), match);
  }

  @Test
  void verify_windowZero_previousStepIsWrongWithDrift() {
    Totp strict = Totp.builder().window(0).build();

    TotpMatch match = strict.verify(SEED, codeAt(STEP - 1), T, -1);

    assertEquals(new TotpMatch.Wrong(Duration.ofSeconds(-30)), match);
  }

  @Test
  void verify_atEpoch_acceptsStepZeroAndSkipsNegativeSteps() {
    Instant epoch = Instant.EPOCH;

    assertEquals(new TotpMatch.Accepted(0), totp.verify(key, "755224", epoch, -1));
    assertEquals(new TotpMatch.Wrong(null), totp.verify(key, "000000", epoch, -1));
  }

  /**
   * Two steps in the window that give the same code: the later one is accepted, so recording it
   * as used closes the replay for both. The key and steps are found by a seeded search.
   */
  @Test
  void verify_twoStepsInWindowGiveSameCode_laterStepAccepted() {
    Totp wide = Totp.builder().window(10).build();
    long[] pair = findCollision(wide, new Random(20240601));
    byte[] secret = secretFor(pair[2]);
    Instant between = Instant.ofEpochSecond((pair[0] + pair[1]) / 2 * 30);
    String code = wide.format(wide.code(secret, pair[0]));

    assertEquals(new TotpMatch.Accepted(pair[1]), wide.verify(secret, code, between, -1));
    assertEquals(new TotpMatch.Accepted(pair[1]), wide.verify(secret, code, between, pair[0]));
    assertEquals(new TotpMatch.AlreadyUsed(), wide.verify(secret, code, between, pair[1]));
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(
      strings = {
        "", " ", "12345", "1234567", "123456789", "12a456", "12345a", "a12345", "+12345",
        "-12345", "12.456", "12-456", "123\t456", "１２３４５６", "٠١٢٣٤٥", "0x1234",
        "  081804         "
      })
  void verify_notSixDigits_malformed(String presented) {
    assertEquals(new TotpMatch.Malformed(), totp.verify(key, presented, T, -1));
  }

  @Test
  void verify_hugeInput_malformed() {
    String presented = "081804".repeat(200_000);

    assertEquals(new TotpMatch.Malformed(), totp.verify(key, presented, T, -1));
  }

  @Test
  void verify_sixteenCharactersWithSpaces_accepted() {
    String presented = "   081804       ";

    assertEquals(16, presented.length());
    assertEquals(new TotpMatch.Accepted(STEP), totp.verify(key, presented, T, -1));
  }

  @Test
  void verify_eightDigitConfigurationWithSixDigits_malformed() {
    Totp eight = Totp.builder().digits(8).build();

    assertEquals(new TotpMatch.Malformed(), eight.verify(SEED, "081804", T, -1));
  }

  @Test
  void verify_nullKey_throwsNamingParameter() {
    NullPointerException e =
        assertThrows(
            NullPointerException.class, () -> totp.verify((Totp.Key) null, "081804", T, -1));

    assertEquals("key", e.getMessage());
  }

  @Test
  void verify_nullCode_throwsNamingParameter() {
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> totp.verify(key, null, T, -1));

    assertEquals("presented", e.getMessage());
  }

  @Test
  void verify_nullTime_throwsNamingParameter() {
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> totp.verify(key, "081804", null, -1));

    assertEquals("now", e.getMessage());
  }

  @Test
  void verify_keyOfAnotherAlgorithm_throws() {
    Totp sha256 = Totp.builder().algorithm(HmacAlgorithm.SHA256).build();

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> sha256.verify(key, "081804", T, -1));

    assertEquals("key was prepared for SHA1 but this TOTP uses SHA256", e.getMessage());
  }

  @Test
  void parseCode_digitsAndSpaces_valueOnce() {
    assertEquals(81804, Totp.parseCode("081 804", 6));
    assertEquals(7081804, Totp.parseCode("07081804", 8));
    assertEquals(99999999, Totp.parseCode("99999999", 8));
    assertEquals(-1, Totp.parseCode("0708180", 8));
  }

  @Test
  void code_negativeStep_throws() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> totp.code(key, -1));

    assertEquals("step must be >= 0 but was -1", e.getMessage());
  }

  @Test
  void step_timesAroundPeriodEdges_floorOfPeriods() {
    assertEquals(0, totp.step(Instant.ofEpochSecond(29)));
    assertEquals(1, totp.step(Instant.ofEpochSecond(30)));
    assertEquals(1, totp.step(Instant.ofEpochSecond(59, 999_999_999)));
    assertEquals(-1, totp.step(Instant.ofEpochSecond(-1)));
  }

  @Test
  void format_smallCode_zeroPadded() {
    assertEquals("000000", totp.format(0));
    assertEquals("007081", totp.format(7081));
    assertEquals("999999", totp.format(999_999));
    assertEquals("00000042", Totp.builder().digits(8).build().format(42));
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 1_000_000, Integer.MAX_VALUE})
  void format_outOfRange_throws(int code) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> totp.format(code));

    assertEquals("code must be between 0 and 999999 but was " + code, e.getMessage());
  }

  @Test
  void builder_defaults_sha1SixDigitsThirtySecondsWindowOne() {
    assertEquals(HmacAlgorithm.SHA1, totp.algorithm());
    assertEquals(6, totp.digits());
    assertEquals(Duration.ofSeconds(30), totp.period());
    assertEquals(1, totp.window());
    assertEquals(10, totp.driftScan());
    assertEquals(
        "Totp[SHA1, 6 digits, period 30 s, window 1, drift scan 10]", totp.toString());
  }

  @Test
  void builder_digitsFive_throwsNamingRule() {
    Totp.Builder builder = Totp.builder().digits(5);

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, builder::build);

    assertEquals("digits must be between 6 and 8 but was 5", e.getMessage());
  }

  @Test
  void builder_digitsNine_throwsNamingRule() {
    Totp.Builder builder = Totp.builder().digits(9);

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, builder::build);

    assertEquals("digits must be between 6 and 8 but was 9", e.getMessage());
  }

  @Test
  void builder_windowTwelve_throwsNamingRule() {
    Totp.Builder builder = Totp.builder().window(12).driftScan(20);

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, builder::build);

    assertEquals("window must be between 0 and 10 steps but was 12", e.getMessage());
  }

  @Test
  void builder_windowNegative_throwsNamingRule() {
    Totp.Builder builder = Totp.builder().window(-1);

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, builder::build);

    assertEquals("window must be between 0 and 10 steps but was -1", e.getMessage());
  }

  @Test
  void builder_driftScanBelowWindow_throwsNamingRule() {
    Totp.Builder builder = Totp.builder().window(5).driftScan(3);

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, builder::build);

    assertEquals(
        "driftScan must be between the window (5) and 30 steps but was 3", e.getMessage());
  }

  @Test
  void builder_driftScanAboveLimit_throwsNamingRule() {
    Totp.Builder builder = Totp.builder().driftScan(31);

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, builder::build);

    assertEquals(
        "driftScan must be between the window (1) and 30 steps but was 31", e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"PT0S", "PT0.5S", "PT30.5S", "PT301S", "PT-30S"})
  void builder_badPeriod_throwsNamingRule(String text) {
    Duration period = Duration.parse(text);
    Totp.Builder builder = Totp.builder().period(period);

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, builder::build);

    assertEquals(
        "period must be a whole number of seconds between 1 and 300 but was " + period,
        e.getMessage());
  }

  @Test
  void builder_sixtySecondPeriod_usedForSteps() {
    Totp slow = Totp.builder().period(Duration.ofMinutes(1)).build();

    assertEquals(2, slow.step(Instant.ofEpochSecond(120)));
  }

  @Test
  void key_tooShort_throws() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> totp.key(new byte[9]));

    assertEquals("secret must be between 10 and 128 bytes but was 9", e.getMessage());
  }

  @Test
  void key_tooLong_throws() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> totp.key(new byte[129]));

    assertEquals("secret must be between 10 and 128 bytes but was 129", e.getMessage());
  }

  @Test
  void key_secretArrayChangedAfterwards_keyUnaffected() {
    byte[] secret = SEED.clone();
    Totp.Key copy = totp.key(secret);
    secret[0] ^= 1;

    assertEquals(new TotpMatch.Accepted(STEP), totp.verify(copy, "081804", T, -1));
  }

  @Test
  void key_toString_masksSecret() {
    assertEquals("Totp.Key[SHA1, ***]", key.toString());
  }

  @Test
  void newSecret_default_twentyRandomBytes() {
    SecureRandom random = new SecureRandom();

    byte[] first = Totp.newSecret(random);
    byte[] second = Totp.newSecret(random);

    assertEquals(20, first.length);
    assertFalse(java.util.Arrays.equals(first, second));
  }

  @Test
  void newSecret_limits_accepted() {
    assertEquals(16, Totp.newSecret(new SecureRandom(), 16).length);
    assertEquals(64, Totp.newSecret(new SecureRandom(), 64).length);
  }

  @Test
  void newSecret_fifteenBytes_throws() {
    SecureRandom random = new SecureRandom();

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Totp.newSecret(random, 15));

    assertEquals("bytes must be between 16 and 64 but was 15", e.getMessage());
  }

  @Test
  void newSecret_nullRandom_throwsNamingParameter() {
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> Totp.newSecret(null));

    assertEquals("random", e.getMessage());
  }

  @Test
  void code_allAlgorithms_differForSameSecretAndStep() {
    int sha1 = Totp.builder().algorithm(HmacAlgorithm.SHA1).build().code(SEED, STEP);
    int sha256 = Totp.builder().algorithm(HmacAlgorithm.SHA256).build().code(SEED, STEP);

    assertNotEquals(sha1, sha256);
    assertTrue(sha256 >= 0 && sha256 < 1_000_000);
  }

  private String codeAt(long step) {
    return totp.format(totp.code(key, step));
  }

  /**
   * Searches seeded random secrets for two steps at most 20 apart with the same 6-digit code.
   * Returns {earlier step, later step, secret seed}.
   */
  private static long[] findCollision(Totp totp, Random random) {
    for (int attempt = 0; attempt < 20; attempt++) {
      long secretSeed = random.nextLong();
      Totp.Key key = totp.key(secretFor(secretSeed));
      int[] recent = new int[21];
      for (long step = 0; step < 200_000; step++) {
        int code = totp.code(key, step);
        for (int back = 1; back <= 20 && back <= step; back++) {
          if (recent[(int) ((step - back) % recent.length)] == code) {
            return new long[] {step - back, step, secretSeed};
          }
        }
        recent[(int) (step % recent.length)] = code;
      }
    }
    throw new AssertionError("no collision found; widen the search");
  }

  private static byte[] secretFor(long seed) {
    byte[] secret = new byte[20];
    new Random(seed).nextBytes(secret);
    return secret;
  }
}
