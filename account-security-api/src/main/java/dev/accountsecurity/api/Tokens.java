package dev.accountsecurity.api;

import java.util.Objects;

/** Bounds shared by the token types. */
final class Tokens {
  /** Issued tokens are 43 characters; anything much longer is not one of ours. */
  static final int MAX_LENGTH = 128;

  private Tokens() {}

  static String check(String value, String what) {
    Objects.requireNonNull(value, what);
    if (value.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(
          what + " must be at most " + MAX_LENGTH + " characters but was " + value.length());
    }
    return value;
  }
}
