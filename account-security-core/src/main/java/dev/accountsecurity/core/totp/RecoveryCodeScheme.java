package dev.accountsecurity.core.totp;

import dev.accountsecurity.api.RecoveryCodes;
import dev.accountsecurity.core.internal.SecretHasher;
import dev.accountsecurity.spi.RecoveryCodeHash;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Issues and checks recovery codes: single-use codes a user keeps on paper for when the
 * authenticator app is lost.
 *
 * <p>A code is 16 characters of Crockford Base32, shown in lower case in groups of four, such
 * as {@code 7kq2-mx9d-4tbh-p3we}. The first character is the code's slot, a non-secret index
 * from 0 to the count - 1; the other 15 characters are 75 random bits, above the 64 that NIST SP
 * 800-63B-4 asks of a look-up secret.
 *
 * <p>Why a slot: codes under 112 bits must be stored under a salted password hash, which is
 * slow on purpose. Without a slot, an attempt would have to be hashed against every stored code,
 * so a wrong guess would cost ten slow hashes and give an attacker a cheap way to burn the
 * server's CPU. With it, an attempt picks the one stored hash by slot and costs at most one
 * hash. The slot gives a guesser nothing: the 75 random bits remain, and offline, against a
 * stolen hash, 2<sup>75</sup> guesses stay out of reach even at a low hash cost.
 *
 * <p>Input is read forgivingly: case is ignored, spaces, tabs, line breaks and hyphens (ASCII and
 * the Unicode dashes a printed sheet may carry) are skipped, and the look-alikes Crockford names
 * are read as their twins ({@code O} as {@code 0}, {@code I} and {@code L} as {@code 1}). {@code
 * U}, which Crockford leaves out, and every other character make the input unreadable, as do
 * more or fewer than 16 code characters (part of a code, or two codes pasted together).
 *
 * <p>Thread-safe when the hasher is, as the {@link SecretHasher} contract requires.
 */
public final class RecoveryCodeScheme {
  /** How many codes {@link #issue()} makes unless told otherwise. */
  public static final int DEFAULT_COUNT = 10;
  /** The most codes one user can hold: the slot is one Base32 character. */
  public static final int MAX_COUNT = 32;
  /** The longest input {@link #parse} reads; longer input is not a code. */
  public static final int MAX_INPUT_LENGTH = 64;

  private static final int CODE_LENGTH = 16;
  private static final int GROUP_LENGTH = 4;
  private static final String ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";

  private final SecretHasher hasher;
  private final SecureRandom random;
  private final int count;

  /**
   * Creates a scheme that issues {@value #DEFAULT_COUNT} codes.
   *
   * @param hasher the salted hash the codes are stored under
   * @param random the source of the codes
   * @throws NullPointerException if an argument is null
   */
  public RecoveryCodeScheme(SecretHasher hasher, SecureRandom random) {
    this(hasher, random, DEFAULT_COUNT);
  }

  /**
   * Creates a scheme.
   *
   * @param hasher the salted hash the codes are stored under
   * @param random the source of the codes
   * @param count how many codes {@link #issue()} makes, 1 to {@value #MAX_COUNT}
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the count is out of range
   */
  public RecoveryCodeScheme(SecretHasher hasher, SecureRandom random, int count) {
    this.hasher = Objects.requireNonNull(hasher, "hasher");
    this.random = Objects.requireNonNull(random, "random");
    if (count < 1 || count > MAX_COUNT) {
      throw new IllegalArgumentException(
          "count must be between 1 and " + MAX_COUNT + " but was " + count);
    }
    this.count = count;
  }

  /**
   * Returns how many codes {@link #issue()} makes.
   *
   * @return the count
   */
  public int count() {
    return count;
  }

  /**
   * Makes a fresh set of codes, one per slot, and their hashes. Costs one hash per code.
   *
   * @return the codes to show once, and the hashes to store
   */
  public Issued issue() {
    List<String> shown = new ArrayList<>(count);
    List<RecoveryCodeHash> hashes = new ArrayList<>(count);
    for (int slot = 0; slot < count; slot++) {
      String code = newCode(slot);
      shown.add(group(code));
      hashes.add(new RecoveryCodeHash(slot, hasher.hash(code)));
    }
    return new Issued(new RecoveryCodes(shown), hashes);
  }

  /**
   * Reads what a user typed as a recovery code.
   *
   * @param input the input, at most {@value #MAX_INPUT_LENGTH} characters
   * @return the code in canonical form with its slot, or empty when the input is not one code
   * @throws NullPointerException if {@code input} is null
   */
  public Optional<Parsed> parse(String input) {
    Objects.requireNonNull(input, "input");
    if (input.length() > MAX_INPUT_LENGTH) {
      return Optional.empty();
    }
    char[] code = new char[CODE_LENGTH];
    int length = 0;
    for (int i = 0; i < input.length(); i++) {
      char c = input.charAt(i);
      if (isSeparator(c)) {
        continue;
      }
      int value = valueOf(c);
      if (value < 0 || length == CODE_LENGTH) {
        return Optional.empty();
      }
      code[length++] = ALPHABET.charAt(value);
    }
    if (length != CODE_LENGTH) {
      return Optional.empty();
    }
    return Optional.of(new Parsed(valueOf(code[0]), new String(code)));
  }

  /**
   * Checks a code against one stored hash: a single hash verification, or none when the slots
   * differ.
   *
   * @param code the parsed code
   * @param stored the stored hash
   * @return true when the slot is the same and the hash matches
   * @throws NullPointerException if an argument is null
   */
  public boolean matches(Parsed code, RecoveryCodeHash stored) {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(stored, "stored");
    return code.slot() == stored.slot() && hasher.verify(code.normalized(), stored.hash());
  }

  /**
   * Finds the stored hash a code matches, picking it by slot: at most one hash verification.
   * The caller then consumes that hash atomically.
   *
   * <p>A code whose slot holds no stored hash (used up, or never issued) is answered without
   * hashing, so the time taken tells which slots are used up. Slots are not secret, and refusing
   * such guesses cheaply is worth more than hiding how many codes a user has spent.
   *
   * @param code the parsed code
   * @param stored the user's unused codes
   * @return the matching stored hash, or empty
   * @throws NullPointerException if an argument is null
   */
  public Optional<RecoveryCodeHash> match(Parsed code, List<RecoveryCodeHash> stored) {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(stored, "stored");
    for (RecoveryCodeHash candidate : stored) {
      if (candidate.slot() == code.slot()) {
        return matches(code, candidate) ? Optional.of(candidate) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * Tells cheaply whether input is shaped like a recovery code rather than a TOTP code: 16
   * ASCII letters and digits, separators aside. It does not tell whether it parses.
   *
   * @param input the input
   * @return true for the shape of a recovery code
   * @throws NullPointerException if {@code input} is null
   */
  public static boolean looksLikeRecoveryCode(String input) {
    Objects.requireNonNull(input, "input");
    if (input.length() > MAX_INPUT_LENGTH) {
      return false;
    }
    int length = 0;
    for (int i = 0; i < input.length(); i++) {
      char c = input.charAt(i);
      if (isSeparator(c)) {
        continue;
      }
      if (!isAsciiLetterOrDigit(c)) {
        return false;
      }
      length++;
    }
    return length == CODE_LENGTH;
  }

  private String newCode(int slot) {
    char[] code = new char[CODE_LENGTH];
    code[0] = ALPHABET.charAt(slot);
    for (int i = 1; i < CODE_LENGTH; i++) {
      code[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
    }
    return new String(code);
  }

  private static String group(String code) {
    StringBuilder grouped = new StringBuilder(CODE_LENGTH + CODE_LENGTH / GROUP_LENGTH);
    for (int i = 0; i < CODE_LENGTH; i += GROUP_LENGTH) {
      if (i > 0) {
        grouped.append('-');
      }
      grouped.append(code, i, i + GROUP_LENGTH);
    }
    return grouped.toString();
  }

  /** Returns the Crockford value of a character, look-alikes read as their twins; -1 if none. */
  private static int valueOf(char c) {
    char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    return switch (lower) {
      case 'o' -> 0;
      case 'i', 'l' -> 1;
      default -> ALPHABET.indexOf(lower);
    };
  }

  private static boolean isSeparator(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '-'
        || (c >= '\u2010' && c <= '\u2015') || c == '\u2212';
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /**
   * Freshly issued codes: the codes to show the user once, and the hashes to store.
   *
   * @param codes the codes, grouped for reading
   * @param hashes one hash per code, by slot
   */
  public record Issued(RecoveryCodes codes, List<RecoveryCodeHash> hashes) {

    /**
     * Checks and copies the components.
     *
     * @param codes the codes, grouped for reading
     * @param hashes one hash per code, by slot
     * @throws NullPointerException if a component is null
     */
    public Issued {
      Objects.requireNonNull(codes, "codes");
      hashes = List.copyOf(hashes);
    }
  }

  /**
   * A recovery code as read from input: its slot and its canonical form (16 lower-case Crockford
   * characters, no separators), the text that is hashed. {@link #toString()} masks the code.
   *
   * @param slot the slot, the value of the first character
   * @param normalized the canonical code
   */
  public record Parsed(int slot, String normalized) {

    /**
     * Checks that the code is canonical and the slot is its first character.
     *
     * @param slot the slot, the value of the first character
     * @param normalized the canonical code
     * @throws NullPointerException if {@code normalized} is null
     * @throws IllegalArgumentException if the code is not canonical or the slot does not match
     */
    public Parsed {
      Objects.requireNonNull(normalized, "normalized");
      if (normalized.length() != CODE_LENGTH || !isCanonical(normalized)) {
        throw new IllegalArgumentException(
            "normalized must be " + CODE_LENGTH + " lower-case Crockford Base32 characters");
      }
      if (ALPHABET.indexOf(normalized.charAt(0)) != slot) {
        throw new IllegalArgumentException(
            "slot must be the value of the code's first character but was " + slot);
      }
    }

    private static boolean isCanonical(String code) {
      for (int i = 0; i < code.length(); i++) {
        if (ALPHABET.indexOf(code.charAt(i)) < 0) {
          return false;
        }
      }
      return true;
    }

    /** Returns the slot only, never the code. */
    @Override
    public String toString() {
      return "Parsed[slot=" + slot + ", normalized=***]";
    }
  }
}
