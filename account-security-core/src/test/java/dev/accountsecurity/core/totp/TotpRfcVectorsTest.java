package dev.accountsecurity.core.totp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every test vector of RFC 4226 Appendix D and RFC 6238 Appendix B. */
class TotpRfcVectorsTest {
  private static final byte[] SEED_20 = ascii("12345678901234567890");
  private static final byte[] SEED_32 = ascii("12345678901234567890123456789012");
  private static final byte[] SEED_64 =
      ascii("1234567890123456789012345678901234567890123456789012345678901234");

  /** RFC 4226 Appendix D: counter, truncated value (decimal), 6-digit HOTP value. */
  @ParameterizedTest(name = "counter {0}")
  @CsvSource({
    "0, 1284755224, 755224",
    "1, 1094287082, 287082",
    "2,  137359152, 359152",
    "3, 1726969429, 969429",
    "4, 1640338314, 338314",
    "5,  868254676, 254676",
    "6, 1918287922, 287922",
    "7,   82162583, 162583",
    "8,  673399871, 399871",
    "9,  645520489, 520489",
  })
  void code_rfc4226Counter_matchesAppendixD(long counter, int truncated, String hotp) {
    Totp totp = Totp.defaults();
    HotpEngine engine =
        HotpEngine.forKey(HmacAlgorithm.SHA1, new SecretKeySpec(SEED_20, "HmacSHA1"));

    assertEquals(truncated, engine.truncated(counter));
    assertEquals(hotp, totp.format(totp.code(SEED_20, counter)));
  }

  /** RFC 6238 Appendix B: time, step (hex), algorithm, 8-digit TOTP. */
  @ParameterizedTest(name = "{2} at {0}")
  @CsvSource({
    "59,          0000000000000001, SHA1,   94287082",
    "59,          0000000000000001, SHA256, 46119246",
    "59,          0000000000000001, SHA512, 90693936",
    "1111111109,  00000000023523EC, SHA1,   07081804",
    "1111111109,  00000000023523EC, SHA256, 68084774",
    "1111111109,  00000000023523EC, SHA512, 25091201",
    "1111111111,  00000000023523ED, SHA1,   14050471",
    "1111111111,  00000000023523ED, SHA256, 67062674",
    "1111111111,  00000000023523ED, SHA512, 99943326",
    "1234567890,  000000000273EF07, SHA1,   89005924",
    "1234567890,  000000000273EF07, SHA256, 91819424",
    "1234567890,  000000000273EF07, SHA512, 93441116",
    "2000000000,  0000000003F940AA, SHA1,   69279037",
    "2000000000,  0000000003F940AA, SHA256, 90698825",
    "2000000000,  0000000003F940AA, SHA512, 38618901",
    "20000000000, 0000000027BC86AA, SHA1,   65353130",
    "20000000000, 0000000027BC86AA, SHA256, 77737706",
    "20000000000, 0000000027BC86AA, SHA512, 47863826",
  })
  void code_rfc6238Time_matchesAppendixB(
      long seconds, String stepHex, HmacAlgorithm algorithm, String expected) {
    Totp totp = Totp.builder().algorithm(algorithm).digits(8).build();
    Instant time = Instant.ofEpochSecond(seconds);
    long step = totp.step(time);

    assertEquals(Long.parseUnsignedLong(stepHex, 16), step);
    assertEquals(expected, totp.format(totp.code(seed(algorithm), step)));
  }

  @ParameterizedTest(name = "{2} at {0}")
  @CsvSource({
    "59,          1,         SHA1,   94287082",
    "1111111109,  37037036,  SHA256, 68084774",
    "1111111111,  37037037,  SHA512, 99943326",
    "1234567890,  41152263,  SHA1,   89005924",
    "2000000000,  66666666,  SHA256, 90698825",
    "20000000000, 666666666, SHA512, 47863826",
  })
  void verify_rfc6238Code_acceptedForItsStep(
      long seconds, long step, HmacAlgorithm algorithm, String code) {
    Totp totp = Totp.builder().algorithm(algorithm).digits(8).build();

    TotpMatch match = totp.verify(seed(algorithm), code, Instant.ofEpochSecond(seconds), -1);

    assertEquals(new TotpMatch.Accepted(step), match);
  }

  private static byte[] seed(HmacAlgorithm algorithm) {
    return switch (algorithm) {
      case SHA1 -> SEED_20;
      case SHA256 -> SEED_32;
      case SHA512 -> SEED_64;
    };
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
