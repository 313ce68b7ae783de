package dev.accountsecurity.api;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Holds the session token a client presents on each request, 256 random bits.
 *
 * <p>The text is a secret: {@link #toString()} masks it, and the only way to read it is {@link
 * #reveal()}, meant for handing it to the client
 * (a cookie). The library stores only its SHA-256.
 */
public final class SessionToken {
  private final String value;

  private SessionToken(String value) {
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
  public static SessionToken of(String value) {
    return new SessionToken(Tokens.check(value, "sessionToken"));
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
    return other instanceof SessionToken
        && MessageDigest.isEqual(
            value.getBytes(StandardCharsets.UTF_8),
            ((SessionToken) other).value.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public int hashCode() {
    return Objects.hash(value.length());
  }

  /** Returns a mask, never the token. */
  @Override
  public String toString() {
    return "SessionToken[***]";
  }
}
