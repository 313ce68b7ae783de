package dev.accountsecurity.api;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Holds the single-use token of a login waiting for its second factor.
 *
 * <p>The text is a secret: {@link #toString()} masks it, and the only way to read it is {@link
 * #reveal()}, meant for handing it to the client
 * (the page that asks for the code). The library stores only its SHA-256.
 */
public final class ChallengeToken {
  private final String value;

  private ChallengeToken(String value) {
    this.value = value;
  }

  /**
   * Wraps a token received from a client. Any text is accepted and bounded here; a token that was
   * never issued simply matches nothing.
   *
   * @param value the token text
   * @return the token
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if the text is longer than {@value Tokens#MAX_LENGTH}
   *     characters
   */
  public static ChallengeToken of(String value) {
    return new ChallengeToken(Tokens.check(value, "challengeToken"));
  }

  /**
   * Returns the token text, to hand to the client and nowhere else.
   *
   * @return the secret text
   */
  public String reveal() {
    return value;
  }

  /** Compares in constant time. */
  @Override
  public boolean equals(Object other) {
    return other instanceof ChallengeToken
        && MessageDigest.isEqual(
            value.getBytes(StandardCharsets.UTF_8),
            ((ChallengeToken) other).value.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public int hashCode() {
    return Objects.hash(value.length());
  }

  /** Returns a mask, never the token. */
  @Override
  public String toString() {
    return "ChallengeToken[***]";
  }
}
