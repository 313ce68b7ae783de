package dev.accountsecurity.core;

import dev.accountsecurity.api.LoginNameProblem;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * The canonical form of a login name: NFKC, trimmed, lower case. Lookups compare canonical
 * forms, so "Ana@Example.com" and "ana@example.com" are one user.
 */
final class LoginNames {
  /** The longest e-mail address. */
  static final int MAX_LENGTH = 254;

  private LoginNames() {}

  /** The canonical form, or empty when the text cannot be a login name. */
  static Optional<String> canonical(String loginName) {
    return problem(loginName).isPresent() ? Optional.empty() : Optional.of(normalize(loginName));
  }

  /** What is wrong with the name, or empty when it is usable. */
  static Optional<LoginNameProblem> problem(String loginName) {
    // Bound before normalising: NFKC can grow text, and huge input must stay cheap.
    if (loginName.length() > MAX_LENGTH * 4) {
      return Optional.of(LoginNameProblem.TOO_LONG);
    }
    String name = normalize(loginName);
    if (name.isEmpty()) {
      return Optional.of(LoginNameProblem.EMPTY);
    }
    if (name.codePointCount(0, name.length()) > MAX_LENGTH) {
      return Optional.of(LoginNameProblem.TOO_LONG);
    }
    boolean clean = name.codePoints().allMatch(LoginNames::allowed);
    return clean ? Optional.empty() : Optional.of(LoginNameProblem.ILLEGAL_CHARACTER);
  }

  private static String normalize(String loginName) {
    return Normalizer.normalize(loginName, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
  }

  private static boolean allowed(int cp) {
    int type = Character.getType(cp);
    return !Character.isWhitespace(cp)
        && !Character.isSpaceChar(cp)
        && type != Character.CONTROL
        && type != Character.FORMAT
        && type != Character.SURROGATE
        && type != Character.UNASSIGNED
        && type != Character.PRIVATE_USE;
  }
}
