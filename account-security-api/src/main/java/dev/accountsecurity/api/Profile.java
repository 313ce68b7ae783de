package dev.accountsecurity.api;

import java.util.Objects;

/**
 * The names shown on a user's profile.
 *
 * <p>A profile read from the library has passed its checks: trimmed, NFC-normalised, 1 to 100
 * code points, no control or format characters. This record itself only rejects null, so that
 * a store can hand back what it holds.
 *
 * @param firstName the first name
 * @param lastName the last name
 */
public record Profile(String firstName, String lastName) {

  /**
   * Checks the components.
   *
   * @param firstName the first name
   * @param lastName the last name
   * @throws NullPointerException if a component is null
   */
  public Profile {
    Objects.requireNonNull(firstName, "firstName");
    Objects.requireNonNull(lastName, "lastName");
  }
}
