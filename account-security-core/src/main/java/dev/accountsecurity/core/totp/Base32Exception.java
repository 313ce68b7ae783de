package dev.accountsecurity.core.totp;

/**
 * A text is not valid RFC 4648 Base32. The message names the 0-based position of the first
 * problem and never repeats the text, which may be a secret.
 */
public final class Base32Exception extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The 0-based index of the first problem in the text. */
  private final int position;

  Base32Exception(int position, String problem) {
    super("invalid Base32 at position " + position + ": " + problem);
    this.position = position;
  }

  /**
   * Returns where the problem is.
   *
   * @return the 0-based index into the text as given, separators counted
   */
  public int position() {
    return position;
  }
}
