package dev.accountsecurity.core.password;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PasswordTextTest {

  static Stream<Arguments> forms() {
    return Stream.of(
        Arguments.of("e and combining acute", "e\u0301", "\u00e9"),
        Arguments.of("full-width letter", "\uff21", "A"),
        Arguments.of("ligature", "\ufb01", "fi"),
        Arguments.of("circled digit", "\u2460", "1"),
        Arguments.of("no-break space", "a\u00a0b", "a b"),
        Arguments.of("angstrom sign", "\u212b", "\u00c5"),
        Arguments.of("Hangul jamo", "\u1112\u1161\u11ab", "\ud55c"),
        Arguments.of("emoji unchanged", "\ud83d\ude00", "\ud83d\ude00"),
        Arguments.of("zero-width space kept", "a\u200bb", "a\u200bb"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("forms")
  void normalize_compatibilityForm_becomesNfkc(String name, String input, String expected) {
    assertEquals(expected, PasswordText.normalize(input));
  }

  static Stream<Arguments> wellFormed() {
    return Stream.of(
        Arguments.of("", true),
        Arguments.of("abc", true),
        Arguments.of("\ud83d\ude00", true),
        Arguments.of("a\ud800", false),
        Arguments.of("\udc00a", false),
        Arguments.of("\ude00\ud83d", false),
        Arguments.of("\ud83d\ude00\ud83d", false));
  }

  @ParameterizedTest
  @MethodSource("wellFormed")
  void isWellFormed_loneSurrogate_false(String text, boolean expected) {
    assertEquals(expected, PasswordText.isWellFormed(text));
  }
}
