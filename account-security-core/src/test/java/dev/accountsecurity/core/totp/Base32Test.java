package dev.accountsecurity.core.totp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Base32Test {

  /** RFC 4648 section 10: plain text, Base32 as the RFC writes it (with padding). */
  @ParameterizedTest(name = "\"{0}\"")
  @CsvSource({
    "'',       ''",
    "f,        MY======",
    "fo,       MZXQ====",
    "foo,      MZXW6===",
    "foob,     MZXW6YQ=",
    "fooba,    MZXW6YTB",
    "foobar,   MZXW6YTBOI======",
  })
  void encodeAndDecode_rfc4648Vectors_match(String plain, String padded) {
    byte[] bytes = plain.getBytes(StandardCharsets.US_ASCII);
    String unpadded = padded.replace("=", "");

    assertEquals(unpadded, Base32.encode(bytes));
    assertArrayEquals(bytes, Base32.decode(padded));
    assertArrayEquals(bytes, Base32.decode(unpadded));
  }

  @ParameterizedTest(name = "\"{0}\"")
  @CsvSource({
    "mzxw6ytboi",
    "MZXW 6YTB OI",
    "mzxw-6ytb-oi",
    "' MzXw 6yTb oI== ==== '",
  })
  void decode_lowerCaseSpacesHyphensAndPadding_accepted(String text) {
    assertArrayEquals("foobar".getBytes(StandardCharsets.US_ASCII), Base32.decode(text));
  }

  @Test
  void encode_rfc6238Seed_isTheWellKnownSecret() {
    byte[] seed = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    assertEquals("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", Base32.encode(seed));
  }

  /** Malformed text and the 0-based position the exception names. */
  @ParameterizedTest(name = "\"{0}\" at {1}")
  @CsvSource({
    "MZXW6!,             5",
    "MZ XW 1,            6",
    "MZXW0,              4",
    "MZXW8,              4",
    "MZ_W,               2",
    "M,                  0",
    "MZX,                2",
    "MZXW6Y,             5",
    "MZXW6YTBO,          8",
    "MZ,                 1",
    "MZXR,               3",
    "MY=,                2",
    "MY=======,          2",
    "MY======A,          8",
    "=,                  0",
    "MZXW6YTB========,   8",
    "MZXW6===MZ,         8",
  })
  void decode_malformed_throwsWithPosition(String text, int position) {
    Base32Exception e = assertThrows(Base32Exception.class, () -> Base32.decode(text));

    assertEquals(position, e.position());
    assertEquals(true, e.getMessage().contains("position " + position));
  }

  @Test
  void decode_nonAsciiLetter_throwsWithPosition() {
    Base32Exception e = assertThrows(Base32Exception.class, () -> Base32.decode("MZXÉ"));

    assertEquals(3, e.position());
  }

  @Test
  void decode_tooLong_throwsAtLimit() {
    String text = "A".repeat(Base32.MAX_TEXT_LENGTH + 1);

    Base32Exception e = assertThrows(Base32Exception.class, () -> Base32.decode(text));

    assertEquals(Base32.MAX_TEXT_LENGTH, e.position());
  }

  @Test
  void decode_atLimit_decodes640Bytes() {
    byte[] decoded = Base32.decode("A".repeat(Base32.MAX_TEXT_LENGTH));

    assertArrayEquals(new byte[640], decoded);
  }

  @Test
  void decode_malformedSecret_messageDoesNotEchoInput() {
    String text = "SECRETKEYSECRETKEY1";

    Base32Exception e = assertThrows(Base32Exception.class, () -> Base32.decode(text));

    assertFalse(e.getMessage().contains("SECRET"), e.getMessage());
    assertEquals("invalid Base32 at position 18: not a Base32 character", e.getMessage());
  }

  @Test
  void decode_null_throwsNamingParameter() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> Base32.decode(null));

    assertEquals("text", e.getMessage());
  }

  @Test
  void encode_null_throwsNamingParameter() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> Base32.encode(null));

    assertEquals("data", e.getMessage());
  }
}
