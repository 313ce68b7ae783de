package dev.accountsecurity.api;

import java.util.Objects;

/** Proof that the person at the keyboard is the user, asked before a sensitive change. */
public sealed interface Reauthentication {

  /**
   * Returns proof by the current password.
   *
   * @param password the current password
   * @return the proof
   */
  static Reauthentication password(String password) {
    return new Password(password);
  }

  /**
   * Returns proof by a current TOTP code.
   *
   * @param code the code
   * @return the proof
   */
  static Reauthentication code(String code) {
    return new Code(code);
  }

  /**
   * The current password.
   *
   * @param password the password
   */
  record Password(String password) implements Reauthentication {
    /**
     * Checks for null.
     *
     * @param password the password
     */
    public Password {
      Objects.requireNonNull(password, "password");
    }

    /** Returns a text without the password. */
    @Override
    public String toString() {
      return "Password[***]";
    }
  }

  /**
   * A current TOTP code.
   *
   * @param code the code
   */
  record Code(String code) implements Reauthentication {
    /**
     * Checks for null.
     *
     * @param code the code
     */
    public Code {
      Objects.requireNonNull(code, "code");
    }

    /** Returns a text without the code. */
    @Override
    public String toString() {
      return "Code[***]";
    }
  }
}
