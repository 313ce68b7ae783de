package dev.accountsecurity.core.password;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accountsecurity.api.PasswordRule;
import dev.accountsecurity.api.PasswordViolation;
import java.text.Normalizer;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

class PasswordPolicyPropertiesTest {

  private static final List<PasswordPolicy> POLICIES =
      List.of(PasswordPolicy.defaults(), PasswordPolicy.nist());

  @Property(tries = 50)
  void check_nfcAndNfdForms_sameViolations(@ForAll("policies") PasswordPolicy policy,
      @ForAll("accented") String password, @ForAll boolean twoFactor) {
    String nfc = Normalizer.normalize(password, Normalizer.Form.NFC);
    String nfd = Normalizer.normalize(password, Normalizer.Form.NFD);
    assertEquals(policy.check("", nfc, twoFactor), policy.check("", nfd, twoFactor));
  }

  @Property(tries = 50)
  void check_anyText_violationsInRuleOrderWithoutRepeats(
      @ForAll("policies") PasswordPolicy policy, @ForAll String loginName,
      @ForAll String password) {
    List<PasswordRule> rules = policy.check(loginName, password, false).violations().stream()
        .map(PasswordViolation::rule)
        .toList();
    assertEquals(rules.stream().sorted().distinct().toList(), rules);
  }

  @Property(tries = 20)
  void check_farOverFourTimesMaximum_onlyTooLong(
      @ForAll("policies") PasswordPolicy policy, @ForAll @IntRange(min = 1, max = 5000) int extra,
      @ForAll char filler) {
    int length = 4 * policy.maxLength() + extra;
    String password = String.valueOf(filler).repeat(length);
    assertEquals(
        List.of(PasswordViolation.of(PasswordRule.TOO_LONG, "maximum", policy.maxLength(),
            "actual", length)),
        policy.check("", password, false).violations());
  }

  @Property(tries = 50)
  void check_acceptedPassword_isNotTheLoginName(
      @ForAll("policies") PasswordPolicy policy, @ForAll("accented") String password) {
    boolean accepted = policy.check(password, password, true).isAcceptable();
    assertTrue(!accepted || password.isEmpty());
  }

  @Provide
  Arbitrary<PasswordPolicy> policies() {
    return Arbitraries.of(POLICIES);
  }

  @Provide
  Arbitrary<String> accented() {
    Arbitrary<Integer> codePoints = Arbitraries.frequencyOf(
        Tuple.of(4, Arbitraries.integers().between(0x20, 0x7e)),
        Tuple.of(2, Arbitraries.of(0xe9, 0xc9, 0xfc, 0xf1, 0xc5, 0x1e69, 0xac00, 0x1f600)));
    return codePoints.list().ofMaxSize(30).map(list -> {
      StringBuilder text = new StringBuilder();
      list.forEach(text::appendCodePoint);
      return text.toString();
    });
  }
}
