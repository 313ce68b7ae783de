package dev.accountsecurity.core.totp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

class Base32PropertiesTest {

  @Property
  void decode_encodedBytes_roundTrips(@ForAll @Size(max = 64) byte[] data) {
    assertArrayEquals(data, Base32.decode(Base32.encode(data)));
  }

  @Property
  void decode_lowerCaseWithSpaces_roundTrips(
      @ForAll @Size(max = 64) byte[] data, @ForAll @IntRange(min = 1, max = 8) int group) {
    String text = spaced(Base32.encode(data).toLowerCase(Locale.ROOT), group);

    assertArrayEquals(data, Base32.decode(text));
  }

  @Property
  void decode_withPadding_roundTrips(@ForAll @Size(max = 64) byte[] data) {
    String text = Base32.encode(data);
    String padded = text + "=".repeat((8 - text.length() % 8) % 8);

    assertArrayEquals(data, Base32.decode(padded));
  }

  @Property
  void encode_anyBytes_upperCaseAlphabetWithoutPadding(@ForAll @Size(max = 64) byte[] data) {
    String text = Base32.encode(data);

    assertTrue(text.matches("[A-Z2-7]*"), text);
    assertTrue(text.length() == (data.length * 8 + 4) / 5);
  }

  /** Any text either decodes or throws Base32Exception at a position inside it. */
  @Property
  void decode_anyText_decodesOrThrowsTypedException(
      @ForAll @StringLength(max = 40) String text) {
    try {
      Base32.decode(text);
    } catch (Base32Exception e) {
      assertTrue(e.position() >= 0 && e.position() < text.length(), e.getMessage());
      assertFalse(text.length() >= 10 && e.getMessage().contains(text), e.getMessage());
    }
  }

  private static String spaced(String text, int group) {
    StringBuilder spaced = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      if (i > 0 && i % group == 0) {
        spaced.append(' ');
      }
      spaced.append(text.charAt(i));
    }
    return spaced.toString();
  }
}
