package dev.accountsecurity.core.totp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OtpAuthUriTest {
  private static final byte[] SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

  @Test
  void build_issuerWithColonAndAccountWithPlusAndAccent_exactUri() {
    String uri = OtpAuthUri.build("Acme Corp: EU", "josé+test@example.com", SEED, Totp.defaults());

    assertEquals(
        "otpauth://totp/Acme%20Corp%3A%20EU:jos%C3%A9%2Btest@example.com"
            + "?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Acme%20Corp%3A%20EU"
            + "&algorithm=SHA1&digits=6&period=30",
        uri);
  }

  @Test
  void build_sha512EightDigitsSixtySeconds_parametersFollowConfiguration() {
    Totp totp =
        Totp.builder()
            .algorithm(HmacAlgorithm.SHA512)
            .digits(8)
            .period(Duration.ofSeconds(60))
            .build();

    String uri = OtpAuthUri.build("Acme", "ann", new byte[] {1, 2, 3, 4, 5}, totp);

    assertEquals(
        "otpauth://totp/Acme:ann?secret=AEBAGBAF&issuer=Acme&algorithm=SHA512&digits=8&period=60",
        uri);
  }

  @Test
  void build_secretNeedingPadding_writtenWithoutPadding() {
    String uri = OtpAuthUri.build("A", "b", new byte[] {'f'}, Totp.defaults());

    assertEquals(
        "otpauth://totp/A:b?secret=MY&issuer=A&algorithm=SHA1&digits=6&period=30", uri);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "a b             | a%20b",
        "a+b             | a%2Bb",
        "&=?#/%:         | %26%3D%3F%23%2F%25%3A",
        "AZaz09-._~@     | AZaz09-._~@",
        "日本            | %E6%97%A5%E6%9C%AC",
        "😀              | %F0%9F%98%80",
        "é               | %C3%A9",
        "'\"<>'          | %22%3C%3E",
      })
  void encode_characters_percentEncodedAsUtf8(String text, String expected) {
    assertEquals(expected, OtpAuthUri.encode(text));
  }

  @Test
  void build_hundredCodePointsOfTwoCharsEach_accepted() {
    String issuer = "😀".repeat(100);

    String uri = OtpAuthUri.build(issuer, "ann", SEED, Totp.defaults());

    assertEquals(true, uri.startsWith("otpauth://totp/%F0%9F%98%80"));
  }

  @Test
  void build_emptyIssuer_throws() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> build("", "a"));

    assertEquals("issuer must be 1 to 100 code points but was 0", e.getMessage());
  }

  @Test
  void build_issuerOf101CodePoints_throws() {
    String issuer = "x".repeat(101);

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> build(issuer, "a"));

    assertEquals("issuer must be 1 to 100 code points but was 101", e.getMessage());
  }

  @Test
  void build_accountOf101CodePoints_throws() {
    String account = "😀".repeat(101);

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> build("Acme", account));

    assertEquals("account must be 1 to 100 code points but was 101", e.getMessage());
  }

  @Test
  void build_blankAccount_throws() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> build("Acme", "   "));

    assertEquals("account must not be blank", e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"a\nb", "a\tb", "a\u0000b", "a\u007fb", "a\u0085b"})
  void build_controlCharacterInAccount_throws(String account) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> build("Acme", account));

    assertEquals(
        "account must not hold control characters but had one at index 1", e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"a\uD800", "a\uDC00b", "a\uDC00\uD800"})
  void build_unpairedSurrogateInIssuer_throws(String issuer) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> build(issuer, "ann"));

    assertEquals(
        "issuer must be valid UTF-16 but had an unpaired surrogate at index 1", e.getMessage());
  }

  @Test
  void build_nullIssuer_throwsNamingParameter() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> build(null, "ann"));

    assertEquals("issuer", e.getMessage());
  }

  @Test
  void build_nullSecret_throwsNamingParameter() {
    Totp totp = Totp.defaults();

    NullPointerException e =
        assertThrows(NullPointerException.class, () -> OtpAuthUri.build("A", "b", null, totp));

    assertEquals("secret", e.getMessage());
  }

  private static String build(String issuer, String account) {
    return OtpAuthUri.build(issuer, account, SEED, Totp.defaults());
  }
}
