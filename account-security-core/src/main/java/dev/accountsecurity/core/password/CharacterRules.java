package dev.accountsecurity.core.password;

/**
 * Which characters a password may hold, and which classes of character it holds.
 *
 * <p>Refused: controls (Cc), format characters such as the zero-width space (Cf), lone
 * surrogates (Cs), unassigned code points (Cn, which includes the noncharacters) and the line and
 * paragraph separators (Zl, Zp). They are invisible or untypeable, so a user could not type the
 * password again; unassigned code points are refused also because their NFKC form may change
 * once a later Unicode version assigns them, and the hash would then no longer match. "Assigned"
 * means assigned in the Unicode version of the running JDK (Unicode 13 on Java 17), so an emoji
 * newer than that is refused until the JDK knows it.
 *
 * <p>Allowed: private-use characters (Co). They are visible, stable under NFKC, and some
 * standard keyboards type them (the Apple logo U+F8FF on macOS); NIST SP 800-63B asks verifiers
 * to accept every printing character, and refusing them would gain nothing.
 *
 * <p>Stateless and thread-safe.
 */
final class CharacterRules {

  private CharacterRules() {}

  /**
   * Finds the first character a password may not hold.
   *
   * @param text the text to scan
   * @return the 1-based code point index of the first refused character, or 0 for none
   */
  static int firstIllegalPosition(String text) {
    int position = 0;
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      position++;
      if (isIllegal(codePoint)) {
        return position;
      }
      i += Character.charCount(codePoint);
    }
    return 0;
  }

  static boolean isIllegal(int codePoint) {
    switch (Character.getType(codePoint)) {
      case Character.CONTROL:
      case Character.FORMAT:
      case Character.SURROGATE:
      case Character.UNASSIGNED:
      case Character.LINE_SEPARATOR:
      case Character.PARAGRAPH_SEPARATOR:
        return true;
      default:
        return false;
    }
  }

  /**
   * The classes of character a text holds.
   *
   * @param lowercase whether it holds a lower-case letter
   * @param uppercase whether it holds an upper-case or title-case letter
   * @param digit whether it holds a decimal digit
   * @param special whether it holds an allowed character that is neither letter, digit nor
   *     combining mark (a space counts; a combining mark belongs to the letter it sits on)
   */
  record Composition(boolean lowercase, boolean uppercase, boolean digit, boolean special) {

    static Composition of(String text) {
      boolean lowercase = false;
      boolean uppercase = false;
      boolean digit = false;
      boolean special = false;
      for (int i = 0; i < text.length(); ) {
        int codePoint = text.codePointAt(i);
        lowercase |= Character.isLowerCase(codePoint);
        uppercase |= Character.isUpperCase(codePoint) || Character.isTitleCase(codePoint);
        digit |= Character.isDigit(codePoint);
        special |= isSpecial(codePoint);
        i += Character.charCount(codePoint);
      }
      return new Composition(lowercase, uppercase, digit, special);
    }

    private static boolean isSpecial(int codePoint) {
      return !Character.isLetterOrDigit(codePoint) && !isMark(codePoint) && !isIllegal(codePoint);
    }

    private static boolean isMark(int codePoint) {
      int type = Character.getType(codePoint);
      return type == Character.NON_SPACING_MARK
          || type == Character.COMBINING_SPACING_MARK
          || type == Character.ENCLOSING_MARK;
    }
  }
}
