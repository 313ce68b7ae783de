package dev.accountsecurity.core.internal;

/** Small text helpers shared across core's packages. Stateless and thread-safe. */
public final class Texts {

  private Texts() {}

  /**
   * Cuts a text to at most max characters without splitting a surrogate pair.
   *
   * @param text the text
   * @param max the most characters kept, at least 1
   * @return the text itself when short enough, else its start
   */
  public static String cut(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
    return text.substring(0, end);
  }

  /**
   * Drops what is not printable text: control and format characters, line and paragraph
   * separators, and lone surrogates. Parsers copy client-controlled parts of a header into their
   * answers, and such characters would forge log lines or fail a store (PostgreSQL refuses NUL).
   *
   * @param text the text
   * @return the text without those characters
   */
  public static String printable(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().filter(cp -> !unprintable(cp)).forEach(out::appendCodePoint);
    return out.toString();
  }

  /**
   * Tells whether a code point is not printable text: a control or format character, a line or
   * paragraph separator, or a lone surrogate.
   *
   * @param cp the code point
   * @return true for those
   */
  public static boolean unprintable(int cp) {
    int type = Character.getType(cp);
    return type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
        || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
  }
}
