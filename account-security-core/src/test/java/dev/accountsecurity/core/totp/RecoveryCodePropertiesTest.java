package dev.accountsecurity.core.totp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class RecoveryCodePropertiesTest {
  private static final String ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";
  private static final String SEPARATORS = " -\t";
  private static final RecoveryCodeScheme SCHEME =
      new RecoveryCodeScheme(new TestSecretHasher(), new SecureRandom(), 32);
  /** One set for all tries: issuing hashes 32 codes, and any issued code will do. */
  private static final RecoveryCodeScheme.Issued ISSUED = SCHEME.issue();

  /**
   * Any issued code, with its case changed, separators inserted and look-alikes substituted,
   * parses to the same slot and code and matches its hash.
   */
  @Property(tries = 200)
  void parse_mangledIssuedCode_sameCodeAndMatches(
      @ForAll @IntRange(min = 0, max = 31) int index, @ForAll long mangleSeed) {
    String shown = ISSUED.codes().codes().get(index);
    String mangled = mangle(shown.replace("-", ""), new Random(mangleSeed));

    RecoveryCodeScheme.Parsed parsed = SCHEME.parse(mangled).orElseThrow();

    assertEquals(index, parsed.slot());
    assertEquals(shown.replace("-", ""), parsed.normalized());
    assertTrue(SCHEME.matches(parsed, ISSUED.hashes().get(index)));
  }

  /** Any issued code with one character changed to another parses but matches nothing. */
  @Property(tries = 200)
  void matches_codeWithOneCharacterChanged_noMatch(
      @ForAll @IntRange(min = 0, max = 31) int index,
      @ForAll @IntRange(min = 0, max = 15) int position,
      @ForAll @IntRange(min = 1, max = 31) int shift) {
    String code = ISSUED.codes().codes().get(index).replace("-", "");
    char original = code.charAt(position);
    char replacement = ALPHABET.charAt((ALPHABET.indexOf(original) + shift) % 32);
    String changed = code.substring(0, position) + replacement + code.substring(position + 1);

    RecoveryCodeScheme.Parsed parsed = SCHEME.parse(changed).orElseThrow();

    assertFalse(SCHEME.matches(parsed, ISSUED.hashes().get(index)));
    assertTrue(SCHEME.match(parsed, ISSUED.hashes()).isEmpty());
  }

  private static String mangle(String code, Random random) {
    StringBuilder mangled = new StringBuilder();
    for (int i = 0; i < code.length(); i++) {
      if (random.nextInt(3) == 0) {
        mangled.append(SEPARATORS.charAt(random.nextInt(SEPARATORS.length())));
      }
      mangled.append(lookAlike(code.charAt(i), random));
    }
    return mangled.toString();
  }

  private static char lookAlike(char c, Random random) {
    String twins =
        switch (c) {
          case '0' -> "0oO";
          case '1' -> "1iIlL";
          default -> "" + c + Character.toUpperCase(c);
        };
    return twins.charAt(random.nextInt(twins.length()));
  }
}
