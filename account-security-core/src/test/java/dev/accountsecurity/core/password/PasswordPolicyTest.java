package dev.accountsecurity.core.password;

import static dev.accountsecurity.api.PasswordRule.COMMON_PASSWORD;
import static dev.accountsecurity.api.PasswordRule.CONTAINS_LOGIN_NAME;
import static dev.accountsecurity.api.PasswordRule.MISSING_DIGIT;
import static dev.accountsecurity.api.PasswordRule.MISSING_LOWERCASE;
import static dev.accountsecurity.api.PasswordRule.MISSING_SPECIAL;
import static dev.accountsecurity.api.PasswordRule.MISSING_UPPERCASE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accountsecurity.api.PasswordCheck;
import dev.accountsecurity.api.PasswordRule;
import dev.accountsecurity.api.PasswordViolation;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PasswordPolicyTest {

  private static final PasswordPolicy DEFAULTS = PasswordPolicy.defaults();
  private static final PasswordPolicy NIST = PasswordPolicy.nist();
  private static final PasswordPolicy SCORED = PasswordPolicy.builder().minStrengthScore(3).build();

  static Stream<Arguments> defaultsTable() {
    return Stream.of(
        row("acceptable", "", "Xy1!abcd", ok()),
        row("empty", "", "",
            List.of(tooShort(8, 0), v(MISSING_LOWERCASE), v(MISSING_UPPERCASE), v(MISSING_DIGIT),
                v(MISSING_SPECIAL))),
        row("one short", "", "Xy1!abc", List.of(tooShort(8, 7))),
        row("lower case only", "", "abcdefgh",
            List.of(v(MISSING_UPPERCASE), v(MISSING_DIGIT), v(MISSING_SPECIAL))),
        row("space is special", "", "Abcdefg 1", ok()),
        row("common with leet", "", "P@ssw0rd", List.of(v(COMMON_PASSWORD))),
        row("common, any case", "", "pASSW0RD", List.of(v(MISSING_SPECIAL), v(COMMON_PASSWORD))),
        row("common full-width", "", "\uff30\uff20\uff53\uff53\uff57\uff10\uff52\uff44",
            List.of(v(COMMON_PASSWORD))),
        row("Password1! is not on the list", "", "Password1!", ok()),
        row("login name inside", "alice", "Alice#2024x", List.of(v(CONTAINS_LOGIN_NAME))),
        row("login name equal", "Xy1!abcd", "xY1!ABCD", List.of(v(CONTAINS_LOGIN_NAME))),
        row("login name full-width", "\uff41\uff4c\uff49\uff43\uff45", "ALICE-1234!",
            List.of(v(MISSING_LOWERCASE), v(CONTAINS_LOGIN_NAME))),
        row("no login name", "", "Alice#2024x", ok()),
        row("short login name inside", "jo", "Jo#5jojojo", ok()),
        row("short login name equal", "jO", "Jo",
            List.of(tooShort(8, 2), v(MISSING_DIGIT), v(MISSING_SPECIAL),
                v(CONTAINS_LOGIN_NAME))),
        row("decomposed counts composed", "", "Re\u0301sum1!", List.of(tooShort(8, 7))),
        row("composed", "", "R\u00e9sum\u00e9 1!", ok()),
        row("decomposed", "", "Re\u0301sume\u0301 1!", ok()),
        row("emoji is one code point", "", "Ab1!\ud83d\ude00\ud83d\ude00\ud83d\ude00",
            List.of(tooShort(8, 7))),
        row("four emoji", "", "Ab1!\ud83d\ude00\ud83d\ude00\ud83d\ude00\ud83d\ude00", ok()),
        row("NUL", "", "Ab1!\u0000defg", List.of(illegal(5))),
        row("zero-width space", "", "Ab1!defg\u200b", List.of(illegal(9))),
        row("first of two", "", "Ab\u200b1!de\u0000fg", List.of(illegal(3))),
        row("position counts code points", "", "\ud83d\ude00Ab1!\u200bxyz", List.of(illegal(6))),
        row("lone surrogate", "", "Ab1!\ud800defg", List.of(illegal(5))),
        row("unassigned", "", "Ab1!\u0378defg", List.of(illegal(5))),
        row("noncharacter", "", "Ab1!\uffffdefg", List.of(illegal(5))),
        row("line separator", "", "Ab1!\u2028defg", List.of(illegal(5))),
        row("only a control is not special", "", "Abc1defg\t",
            List.of(v(MISSING_SPECIAL), illegal(9))),
        row("private use allowed", "", "Ab1!\uf8ffdefg", ok()),
        row("one too long", "", "Ab1!" + "x".repeat(253), List.of(tooLong(256, 257))),
        row("too long skips the common list", "", "P@ssw0rd".repeat(33),
            List.of(tooLong(256, 264))),
        row("megabyte", "", "a".repeat(1 << 20), List.of(tooLong(256, 1 << 20))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("defaultsTable")
  void check_defaults_exactViolations(
      String name, String loginName, String password, List<PasswordViolation> expected) {
    assertEquals(expected, DEFAULTS.check(loginName, password, false).violations());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("defaultsTable")
  void check_defaultsWithTwoFactor_sameViolations(
      String name, String loginName, String password, List<PasswordViolation> expected) {
    assertEquals(expected, DEFAULTS.check(loginName, password, true).violations());
  }

  static Stream<Arguments> nistTable() {
    return Stream.of(
        nistRow("passphrase", "", "correct horse battery", false, ok()),
        nistRow("short", "", "correct horse", false, List.of(tooShort(15, 13))),
        nistRow("short with 2FA", "", "correct horse", true, ok()),
        nistRow("too short even with 2FA", "", "kangaro", true, List.of(tooShort(8, 7))),
        nistRow("empty", "", "", false, List.of(tooShort(15, 0))),
        nistRow("no composition rules", "", "aaaaaaaaaaaaaaaaaaaa", false, ok()),
        nistRow("common long password", "", "1qaz2wsx3edc4rfv", false,
            List.of(v(COMMON_PASSWORD))),
        nistRow("login name", "alice", "alice in wonderland", false,
            List.of(v(CONTAINS_LOGIN_NAME))),
        nistRow("control", "", "correct horse\u0007battery", false, List.of(illegal(14))),
        nistRow("too long", "", "y".repeat(300), true, List.of(tooLong(256, 300))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nistTable")
  void check_nist_exactViolations(String name, String loginName, String password,
      boolean twoFactor, List<PasswordViolation> expected) {
    assertEquals(expected, NIST.check(loginName, password, twoFactor).violations());
  }

  static Stream<Arguments> strengthTable() {
    return Stream.of(
        row("weak but composed", "", "Xy1!abcd",
            List.of(PasswordViolation.of(PasswordRule.TOO_WEAK, "minimum", 3, "actual", 2))),
        row("weak, not on the list", "", "Passw0rd!",
            List.of(PasswordViolation.of(PasswordRule.TOO_WEAK, "minimum", 3, "actual", 1))),
        row("common and weak", "", "P@ssw0rd", List.of(v(COMMON_PASSWORD),
            PasswordViolation.of(PasswordRule.TOO_WEAK, "minimum", 3, "actual", 0))),
        row("strong", "", "qK8#vZ2$mW9@", ok()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("strengthTable")
  void check_minStrengthScore_exactViolations(
      String name, String loginName, String password, List<PasswordViolation> expected) {
    assertEquals(expected, SCORED.check(loginName, password, false).violations());
  }

  @Test
  void check_allRulesOff_acceptsAnythingWithinLength() {
    PasswordPolicy lenient = PasswordPolicy.builder()
        .minLength(1)
        .requireLowercase(false)
        .requireUppercase(false)
        .requireDigit(false)
        .requireSpecial(false)
        .rejectLoginName(false)
        .rejectCommonPasswords(false)
        .build();
    assertTrue(lenient.check("password", "password", false).isAcceptable());
  }

  @Test
  void check_resultIsAcceptableOnlyWithoutViolations() {
    PasswordCheck check = DEFAULTS.check("", "Xy1!abcd", false);
    assertTrue(check.isAcceptable());
  }

  @Test
  void check_nullLoginName_throwsNamingIt() {
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> DEFAULTS.check(null, "x", false));
    assertEquals("loginName", e.getMessage());
  }

  @Test
  void check_nullPassword_throwsNamingIt() {
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> DEFAULTS.check("", null, false));
    assertEquals("password", e.getMessage());
  }

  @Test
  void defaults_accessors_matchTheProfilePage() {
    assertEquals(List.of(5, 256, 1, 8, 8), List.of(DEFAULTS.historySize(), DEFAULTS.maxLength(),
        DEFAULTS.version(), DEFAULTS.minLength(false), DEFAULTS.minLength(true)));
  }

  @Test
  void nist_accessors_lowerMinimumWithTwoFactor() {
    assertEquals(List.of(5, 256, 1, 15, 8), List.of(NIST.historySize(), NIST.maxLength(),
        NIST.version(), NIST.minLength(false), NIST.minLength(true)));
  }

  @Test
  void builder_version_isRecorded() {
    assertEquals(3, PasswordPolicy.builder().version(3).build().version());
  }

  static Stream<Arguments> invalidBuilders() {
    return Stream.of(
        invalid(() -> PasswordPolicy.builder().minLength(0),
            "minLength must be between 1 and 256 but was 0"),
        invalid(() -> PasswordPolicy.builder().minLength(300),
            "minLength must be between 1 and 256 but was 300"),
        invalid(() -> PasswordPolicy.builder().maxLength(5000),
            "maxLength must be between 1 and 4096 but was 5000"),
        invalid(() -> PasswordPolicy.builder().minLength(10).minLengthWithTwoFactor(12),
            "minLengthWithTwoFactor must be between 1 and 10 but was 12"),
        invalid(() -> PasswordPolicy.builder().minStrengthScore(5),
            "minStrengthScore must be between 0 and 4 but was 5"),
        invalid(() -> PasswordPolicy.builder().historySize(25),
            "historySize must be between 0 and 24 but was 25"),
        invalid(() -> PasswordPolicy.builder().historySize(-1),
            "historySize must be between 0 and 24 but was -1"),
        invalid(() -> PasswordPolicy.builder().version(0), "version must be at least 1 but was 0"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("invalidBuilders")
  void build_invalidValue_throwsNamingValueAndRule(
      Supplier<PasswordPolicy.Builder> builder, String message) {
    PasswordPolicy.Builder configured = builder.get();
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, configured::build);
    assertEquals(message, e.getMessage());
  }

  @Test
  void commonPasswords_holdTheWholeZxcvbnList() {
    assertEquals(30_000, CommonPasswords.size());
  }

  private static Arguments row(
      String name, String loginName, String password, List<PasswordViolation> expected) {
    return Arguments.of(name, loginName, password, expected);
  }

  private static Arguments nistRow(String name, String loginName, String password,
      boolean twoFactor, List<PasswordViolation> expected) {
    return Arguments.of(name, loginName, password, twoFactor, expected);
  }

  private static Arguments invalid(Supplier<PasswordPolicy.Builder> builder, String message) {
    return Arguments.of(builder, message);
  }

  private static List<PasswordViolation> ok() {
    return List.of();
  }

  private static PasswordViolation v(PasswordRule rule) {
    return PasswordViolation.of(rule);
  }

  private static PasswordViolation tooShort(int minimum, int actual) {
    return PasswordViolation.of(PasswordRule.TOO_SHORT, "minimum", minimum, "actual", actual);
  }

  private static PasswordViolation tooLong(int maximum, int actual) {
    return PasswordViolation.of(PasswordRule.TOO_LONG, "maximum", maximum, "actual", actual);
  }

  private static PasswordViolation illegal(int position) {
    return PasswordViolation.of(PasswordRule.ILLEGAL_CHARACTER, "position", position);
  }
}
