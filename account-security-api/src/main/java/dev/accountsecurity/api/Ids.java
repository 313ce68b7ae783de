package dev.accountsecurity.api;

import java.util.Objects;

/** Checks shared by the identifier types: short, printable, safe in URLs and logs. */
final class Ids {
  static final int MAX_LENGTH = 64;

  private Ids() {}

  static String check(String value, String what) {
    Objects.requireNonNull(value, what);
    if (value.isEmpty() || value.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(
          what + " must be 1 to " + MAX_LENGTH + " characters but was " + value.length());
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean ok =
          (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
              || c == '-' || c == '_' || c == '.';
      if (!ok) {
        throw new IllegalArgumentException(
            what + " may hold only letters, digits, '-', '_' and '.' but had a character at "
                + i);
      }
    }
    return value;
  }
}
