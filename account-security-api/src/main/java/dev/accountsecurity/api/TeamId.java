package dev.accountsecurity.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The identifier of a team.
 *
 * <p>1 to 64 characters from {@code [A-Za-z0-9._-]}.
 *
 * @param value the identifier text
 */
public record TeamId(@JsonValue String value) {

  /**
   * Checks the identifier text.
   *
   * @param value the identifier text
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if it is empty, longer than 64 characters or holds another
   *     character
   */
  public TeamId {
    Ids.check(value, "teamId");
  }

  /**
   * Returns the identifier with the given text.
   *
   * @param value the identifier text
   * @return the identifier
   * @throws IllegalArgumentException if the text is not a valid identifier
   */
  @JsonCreator
  public static TeamId of(String value) {
    return new TeamId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
