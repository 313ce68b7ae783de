package dev.accountsecurity.core.totp;

import java.util.Arrays;
import java.util.Objects;

/**
 * RFC 4648 Base32 (the {@code A-Z2-7} alphabet), the form in which authenticator apps take a
 * TOTP secret.
 *
 * <p>{@link #encode} writes upper case without padding, as the Key URI wants it. {@link #decode}
 * is lenient where people and apps differ and strict everywhere else: it accepts lower case,
 * ignores spaces and hyphens anywhere (apps show the secret in groups, and people type it that
 * way), and takes the text with or without its {@code =} padding. Any other character, padding
 * that does not complete the last group, a length no byte count produces, or non-zero bits left
 * over at the end are refused with a {@link Base32Exception} naming the position.
 *
 * <p>Stateless and thread-safe.
 */
public final class Base32 {
  /** The longest text {@link #decode} reads: far above any TOTP secret (640 bytes). */
  public static final int MAX_TEXT_LENGTH = 1024;

  private static final char[] ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();
  private static final int BITS_PER_CHAR = 5;
  private static final int GROUP = 8;

  private Base32() {}

  /**
   * Encodes bytes as upper-case Base32 without padding.
   *
   * @param data the bytes
   * @return the text, empty for no bytes
   * @throws NullPointerException if {@code data} is null
   */
  public static String encode(byte[] data) {
    Objects.requireNonNull(data, "data");
    StringBuilder text = new StringBuilder((data.length * 8 + BITS_PER_CHAR - 1) / BITS_PER_CHAR);
    int buffer = 0;
    int bits = 0;
    for (byte b : data) {
      buffer = (buffer << 8) | (b & 0xff);
      bits += 8;
      while (bits >= BITS_PER_CHAR) {
        bits -= BITS_PER_CHAR;
        text.append(ALPHABET[(buffer >>> bits) & 31]);
      }
      buffer &= (1 << bits) - 1;
    }
    if (bits > 0) {
      text.append(ALPHABET[(buffer << (BITS_PER_CHAR - bits)) & 31]);
    }
    return text.toString();
  }

  /**
   * Decodes Base32 text, accepting lower case, spaces, hyphens and missing padding.
   *
   * @param text the text, at most {@value #MAX_TEXT_LENGTH} characters
   * @return the bytes, empty for a text without Base32 characters
   * @throws NullPointerException if {@code text} is null
   * @throws Base32Exception if the text is too long, holds another character, has padding that
   *     does not complete the last group, has an impossible length, or ends with non-zero bits
   */
  public static byte[] decode(String text) {
    Objects.requireNonNull(text, "text");
    if (text.length() > MAX_TEXT_LENGTH) {
      throw new Base32Exception(MAX_TEXT_LENGTH, "longer than " + MAX_TEXT_LENGTH + " characters");
    }
    return new Decoder(text.length()).run(text);
  }

  private static int valueOf(char c) {
    if (c >= 'A' && c <= 'Z') {
      return c - 'A';
    }
    if (c >= 'a' && c <= 'z') {
      return c - 'a';
    }
    if (c >= '2' && c <= '7') {
      return c - '2' + 26;
    }
    return -1;
  }

  private static boolean isSeparator(char c) {
    return c == ' ' || c == '-';
  }

  /** One decoding pass: the bit buffer and what was seen so far. */
  private static final class Decoder {
    private final byte[] out;
    private int length;
    private int buffer;
    private int bits;
    private int symbols;
    private int lastSymbol = -1;
    private int firstPad = -1;
    private int pads;

    Decoder(int textLength) {
      out = new byte[textLength * BITS_PER_CHAR / 8];
    }

    byte[] run(String text) {
      for (int i = 0; i < text.length(); i++) {
        accept(text.charAt(i), i);
      }
      checkEnd();
      return Arrays.copyOf(out, length);
    }

    private void accept(char c, int position) {
      if (isSeparator(c)) {
        return;
      }
      if (c == '=') {
        firstPad = firstPad < 0 ? position : firstPad;
        pads++;
        return;
      }
      if (firstPad >= 0) {
        throw new Base32Exception(position, "a character follows the padding");
      }
      int value = valueOf(c);
      if (value < 0) {
        throw new Base32Exception(position, "not a Base32 character");
      }
      addSymbol(value, position);
    }

    private void addSymbol(int value, int position) {
      buffer = (buffer << BITS_PER_CHAR) | value;
      bits += BITS_PER_CHAR;
      symbols++;
      lastSymbol = position;
      if (bits >= 8) {
        bits -= 8;
        out[length++] = (byte) (buffer >>> bits);
        buffer &= (1 << bits) - 1;
      }
    }

    private void checkEnd() {
      int inGroup = symbols % GROUP;
      // 1, 3 or 6 characters in the last group carry too few bits for a whole extra byte.
      if (inGroup == 1 || inGroup == 3 || inGroup == 6) {
        throw new Base32Exception(lastSymbol, "no byte count ends a group with this character");
      }
      if (buffer != 0) {
        throw new Base32Exception(lastSymbol, "the last character leaves non-zero bits");
      }
      if (pads > 0 && (inGroup == 0 || inGroup + pads != GROUP)) {
        throw new Base32Exception(firstPad, "the padding does not complete the last group");
      }
    }
  }
}
