package dev.accountsecurity.core;

import dev.accountsecurity.api.Profile;
import dev.accountsecurity.api.ProfileField;
import dev.accountsecurity.api.ProfileViolation;
import dev.accountsecurity.api.ProfileViolation.Problem;
import dev.accountsecurity.core.internal.Texts;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/** Checks profile names: trimmed, NFC, 1 to 100 code points, no control or format characters. */
final class ProfileRules {
  static final int MAX_CODE_POINTS = 100;

  private ProfileRules() {}

  /** The names as they would be stored. */
  static Profile normalize(String firstName, String lastName) {
    return new Profile(normalize(firstName), normalize(lastName));
  }

  /** Every invalid field of the normalised names. */
  static List<ProfileViolation> violations(Profile profile) {
    List<ProfileViolation> found = new ArrayList<>(2);
    check(ProfileField.FIRST_NAME, profile.firstName(), found);
    check(ProfileField.LAST_NAME, profile.lastName(), found);
    return found;
  }

  private static String normalize(String name) {
    // Names far over the limit are cut before the work of normalising, at a code point
    // boundary; the cut text still counts as too long.
    String bounded = Texts.cut(name, MAX_CODE_POINTS * 8);
    return Normalizer.normalize(bounded, Normalizer.Form.NFC).strip();
  }

  private static void check(ProfileField field, String name, List<ProfileViolation> found) {
    if (name.isEmpty()) {
      found.add(new ProfileViolation(field, Problem.EMPTY));
    } else if (name.codePoints().anyMatch(Texts::unprintable)) {
      found.add(new ProfileViolation(field, Problem.CONTROL_CHARACTER));
    } else if (name.codePointCount(0, name.length()) > MAX_CODE_POINTS) {
      found.add(new ProfileViolation(field, Problem.TOO_LONG));
    }
  }
}
