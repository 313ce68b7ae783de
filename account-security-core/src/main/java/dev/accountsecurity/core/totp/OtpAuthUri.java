package dev.accountsecurity.core.totp;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Builds the Key URI an authenticator app reads from a QR code, such as
 *
 * <pre>{@code
 * otpauth://totp/Issuer:account?secret=BASE32&issuer=Issuer&algorithm=SHA1&digits=6&period=30
 * }</pre>
 *
 * <p>The label is the issuer, a literal colon, and the account name. Both are percent-encoded
 * as UTF-8 per RFC 3986: everything but the unreserved characters ({@code A-Z a-z 0-9 - . _ ~})
 * and {@code @} (legal in both path and query, and in nearly every account name) is encoded, so
 * a space becomes {@code %20} (never {@code +}), and a colon inside the issuer or the account
 * becomes {@code %3A}, which keeps the separator colon unambiguous. The issuer is repeated as a
 * parameter, as current apps expect. The secret is Base32 without padding.
 *
 * <p>The URI carries the secret: show it only to the user being enrolled, and never log it.
 *
 * <p>Stateless and thread-safe.
 */
public final class OtpAuthUri {
  /** The most code points an issuer or an account name may have. */
  public static final int MAX_NAME_CODE_POINTS = 100;

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private OtpAuthUri() {}

  /**
   * Builds the Key URI for a TOTP secret.
   *
   * @param issuer the service the account belongs to, 1 to 100 code points, no control
   *     characters, not blank
   * @param account the user's account name, usually the login name or e-mail address, with the
   *     same limits
   * @param secret the shared secret
   * @param totp the configuration whose algorithm, digits and period the app must use
   * @return the URI
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the issuer or account breaks its limits
   */
  public static String build(String issuer, String account, byte[] secret, Totp totp) {
    checkName(issuer, "issuer");
    checkName(account, "account");
    Objects.requireNonNull(secret, "secret");
    Objects.requireNonNull(totp, "totp");
    String encodedIssuer = encode(issuer);
    return "otpauth://totp/" + encodedIssuer + ':' + encode(account)
        + "?secret=" + Base32.encode(secret)
        + "&issuer=" + encodedIssuer
        + "&algorithm=" + totp.algorithm().otpauthName()
        + "&digits=" + totp.digits()
        + "&period=" + totp.period().getSeconds();
  }

  /** Percent-encodes UTF-8 bytes of everything but unreserved characters and {@code @}. */
  static String encode(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    StringBuilder encoded = new StringBuilder(bytes.length * 3);
    for (byte b : bytes) {
      int c = b & 0xff;
      if (isKept(c)) {
        encoded.append((char) c);
      } else {
        encoded.append('%').append(HEX[c >>> 4]).append(HEX[c & 0x0f]);
      }
    }
    return encoded.toString();
  }

  private static boolean isKept(int c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
        || c == '-' || c == '.' || c == '_' || c == '~' || c == '@';
  }

  private static void checkName(String name, String what) {
    Objects.requireNonNull(name, what);
    int codePoints = name.codePointCount(0, name.length());
    if (codePoints < 1 || codePoints > MAX_NAME_CODE_POINTS) {
      throw new IllegalArgumentException(
          what + " must be 1 to " + MAX_NAME_CODE_POINTS + " code points but was " + codePoints);
    }
    if (name.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    for (int i = 0; i < name.length(); i++) {
      checkChar(name, i, what);
    }
  }

  private static void checkChar(String name, int index, String what) {
    char c = name.charAt(index);
    if (Character.isISOControl(c)) {
      throw new IllegalArgumentException(
          what + " must not hold control characters but had one at index " + index);
    }
    if (Character.isSurrogate(c) && !isPairedSurrogate(name, index)) {
      throw new IllegalArgumentException(
          what + " must be valid UTF-16 but had an unpaired surrogate at index " + index);
    }
  }

  private static boolean isPairedSurrogate(String name, int index) {
    char c = name.charAt(index);
    if (Character.isHighSurrogate(c)) {
      return index + 1 < name.length() && Character.isLowSurrogate(name.charAt(index + 1));
    }
    return index > 0 && Character.isHighSurrogate(name.charAt(index - 1));
  }
}
