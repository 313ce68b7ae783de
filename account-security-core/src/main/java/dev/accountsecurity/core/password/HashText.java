package dev.accountsecurity.core.password;

import java.util.Base64;
import org.jspecify.annotations.Nullable;

/**
 * The text encodings of stored hashes: standard Base64 without padding (PHC strings), passlib's
 * adapted Base64 ({@code .} for {@code +}), bcrypt's Base64 (its own alphabet, same bit order),
 * and bounded decimal numbers. Decoders answer null for malformed text, never throw.
 */
final class HashText {

  private static final String STANDARD =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  private static final String BCRYPT =
      "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  private static final int MAX_DIGITS = 9;

  private HashText() {}

  static String base64(byte[] bytes) {
    return Base64.getEncoder().withoutPadding().encodeToString(bytes);
  }

  /** Decodes standard Base64, padding optional. */
  static byte @Nullable [] fromBase64(String text) {
    try {
      return Base64.getDecoder().decode(text);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  static String adaptedBase64(byte[] bytes) {
    return base64(bytes).replace('+', '.');
  }

  static byte @Nullable [] fromAdaptedBase64(String text) {
    return fromBase64(text.replace('.', '+'));
  }

  static String bcryptBase64(byte[] bytes) {
    return translate(base64(bytes), STANDARD, BCRYPT);
  }

  static byte @Nullable [] fromBcryptBase64(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (BCRYPT.indexOf(text.charAt(i)) < 0) {
        return null;
      }
    }
    return fromBase64(translate(text, BCRYPT, STANDARD));
  }

  private static String translate(String text, String from, String to) {
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      chars[i] = to.charAt(from.indexOf(chars[i]));
    }
    return new String(chars);
  }

  /**
   * Parses a decimal number within bounds.
   *
   * @return the number, or -1 when the text is not 1 to 9 ASCII digits or is out of bounds
   */
  static int number(String text, int min, int max) {
    if (text.isEmpty() || text.length() > MAX_DIGITS) {
      return -1;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
    }
    int value = Integer.parseInt(text);
    return value < min || value > max ? -1 : value;
  }

  /**
   * Reads one {@code name=value} parameter.
   *
   * @return the value, or -1 when the name differs or the value is not a number within bounds
   */
  static int parameter(String text, String name, int min, int max) {
    String prefix = name + "=";
    return text.startsWith(prefix) ? number(text.substring(prefix.length()), min, max) : -1;
  }

  static boolean saltLengthOk(byte @Nullable [] salt) {
    return salt != null
        && salt.length >= HashBounds.MIN_SALT_BYTES
        && salt.length <= HashBounds.MAX_SALT_BYTES;
  }

  static boolean outputLengthOk(byte @Nullable [] output) {
    return output != null
        && output.length >= HashBounds.MIN_OUTPUT_BYTES
        && output.length <= HashBounds.MAX_OUTPUT_BYTES;
  }
}
