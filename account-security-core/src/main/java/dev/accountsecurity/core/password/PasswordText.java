package dev.accountsecurity.core.password;

import java.text.Normalizer;
import java.util.Objects;

/**
 * The one way a password becomes text to check and hash: Unicode NFKC normalisation, so that,
 * for example, a composed "é" and an "e" followed by a combining accent, or a full-width "Ａ"
 * and an "A", are the same password. Lengths are counted in code points, never in UTF-16 units.
 *
 * <p>Stateless and thread-safe.
 */
public final class PasswordText {

  private PasswordText() {}

  /**
   * Normalises a password to Unicode NFKC.
   *
   * @param password the password as typed
   * @return its NFKC form
   * @throws NullPointerException if {@code password} is null
   */
  public static String normalize(String password) {
    Objects.requireNonNull(password, "password");
    return Normalizer.normalize(password, Normalizer.Form.NFKC);
  }

  /**
   * Tells whether a text is well-formed UTF-16: no lone surrogate. Only such a text has a UTF-8
   * form of its own; a lone surrogate would be encoded as "?" and collide with it.
   */
  static boolean isWellFormed(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  /** Counts the code points of a text: an emoji or another supplementary character is one. */
  static int codePoints(String text) {
    return text.codePointCount(0, text.length());
  }
}
