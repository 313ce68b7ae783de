package dev.accountsecurity.core.device;

/** Small text helpers. Stateless and thread-safe. */
final class Texts {

  private Texts() {}

  /**
   * Cuts a text to at most max characters without splitting a surrogate pair.
   *
   * @param text the text
   * @param max the most characters kept, at least 1
   * @return the text itself when short enough, else its start
   */
  static String cut(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
    return text.substring(0, end);
  }
}
