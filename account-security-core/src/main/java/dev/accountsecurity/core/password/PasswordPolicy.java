package dev.accountsecurity.core.password;

import dev.accountsecurity.api.PasswordCheck;
import dev.accountsecurity.api.PasswordRule;
import dev.accountsecurity.api.PasswordViolation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The rules a new password must pass: length in code points, character classes, no invisible
 * characters, not the login name, not a common password and, optionally, a minimum zxcvbn
 * strength score. {@link #check} answers with every violation at once.
 *
 * <p>The recent-password and same-as-current rules need the stored hashes and are applied by the
 * caller with a {@link PasswordHasher}; this policy only says how many passwords to remember
 * ({@link #historySize()}).
 *
 * <p>Immutable and thread-safe. Built by {@link #builder()}, or taken ready as {@link
 * #defaults()} or {@link #nist()}.
 */
public final class PasswordPolicy {

  /** The longest maximum length a policy may set, in code points. */
  static final int MAX_LENGTH_LIMIT = 4096;

  /** The most passwords a policy may remember. */
  static final int MAX_HISTORY = 24;

  // NFKC folds at most four code points (four UTF-16 units) into one, so a text of more than
  // four times the maximum in UTF-16 units is too long in code points too, whatever it holds.
  private static final int MAX_NORMALIZATION_FOLD = 4;

  // A login name shorter than this is only refused as the whole password: one or two letters
  // are inside too many good passwords to be refused as a part.
  private static final int MIN_CONTAINED_LOGIN_NAME = 3;

  private final int minLength;
  private final int minLengthWithTwoFactor;
  private final int maxLength;
  private final boolean requireLowercase;
  private final boolean requireUppercase;
  private final boolean requireDigit;
  private final boolean requireSpecial;
  private final boolean rejectLoginName;
  private final boolean rejectCommonPasswords;
  private final int minStrengthScore;
  private final int historySize;
  private final int version;

  private PasswordPolicy(Builder builder, int minLengthWithTwoFactor) {
    this.minLength = builder.minLength;
    this.minLengthWithTwoFactor = minLengthWithTwoFactor;
    this.maxLength = builder.maxLength;
    this.requireLowercase = builder.requireLowercase;
    this.requireUppercase = builder.requireUppercase;
    this.requireDigit = builder.requireDigit;
    this.requireSpecial = builder.requireSpecial;
    this.rejectLoginName = builder.rejectLoginName;
    this.rejectCommonPasswords = builder.rejectCommonPasswords;
    this.minStrengthScore = builder.minStrengthScore;
    this.historySize = builder.historySize;
    this.version = builder.version;
  }

  /**
   * Returns the policy of a classic profile page: at least 8 and at most 256 code points; a
   * lower-case letter, an upper-case letter, a digit and a special character (anything that is
   * not a letter or a digit, the space included); not the login name nor containing it; not a
   * common password; the last 5 passwords remembered; no strength score; version 1.
   *
   * @return the policy
   */
  public static PasswordPolicy defaults() {
    return builder().build();
  }

  /**
   * Returns a policy after NIST SP 800-63B: at least 15 code points, or 8 when the user has
   * two-factor on; at most 256; no composition rules; not the login name; not a common password;
   * the last 5 passwords remembered; version 1.
   *
   * @return the policy
   */
  public static PasswordPolicy nist() {
    return builder()
        .minLength(15)
        .minLengthWithTwoFactor(8)
        .requireLowercase(false)
        .requireUppercase(false)
        .requireDigit(false)
        .requireSpecial(false)
        .build();
  }

  /**
   * Starts a policy from the values of {@link #defaults()}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Checks a password against every rule and returns every violation at once, in the order of
   * {@link PasswordRule}. The password is normalised to NFKC first and measured in code points.
   *
   * <p>A password over the maximum length skips the costly rules (common passwords, strength
   * score). One of more than four times the maximum in UTF-16 units is answered with {@code
   * TOO_LONG} alone, before it is normalised, and its {@code actual} is then counted on the text
   * as given; so a megabyte of input costs one pass over it and nothing more. Of several
   * refused characters only the first is reported, with its position in the text as given.
   *
   * @param loginName the login name the password is for, or empty for none
   * @param password the candidate password, as typed
   * @param twoFactorEnabled whether the user has two-factor on, which may lower the minimum
   * @return the verdict; acceptable when there is no violation
   * @throws NullPointerException if {@code loginName} or {@code password} is null
   */
  public PasswordCheck check(String loginName, String password, boolean twoFactorEnabled) {
    Objects.requireNonNull(loginName, "loginName");
    Objects.requireNonNull(password, "password");
    if (password.length() > MAX_NORMALIZATION_FOLD * maxLength) {
      int actual = PasswordText.codePoints(password);
      return new PasswordCheck(List.of(tooLong(actual)));
    }
    String normalized = PasswordText.normalize(password);
    int length = PasswordText.codePoints(normalized);
    String lowerCased = normalized.toLowerCase(Locale.ROOT);
    String name = comparableLoginName(loginName);
    List<PasswordViolation> violations = new ArrayList<>();
    addLengthViolations(length, twoFactorEnabled, violations);
    addCompositionViolations(normalized, violations);
    addIllegalCharacter(password, violations);
    addLoginNameViolation(name, lowerCased, violations);
    if (length <= maxLength) {
      addCommonPassword(lowerCased, violations);
      addStrengthViolation(normalized, name, violations);
    }
    return new PasswordCheck(violations);
  }

  /**
   * Returns the minimum length in code points.
   *
   * @param twoFactorEnabled whether the user has two-factor on
   * @return the minimum that applies
   */
  public int minLength(boolean twoFactorEnabled) {
    return twoFactorEnabled ? minLengthWithTwoFactor : minLength;
  }

  /**
   * Returns the maximum length in code points.
   *
   * @return the maximum
   */
  public int maxLength() {
    return maxLength;
  }

  /**
   * Returns how many of a user's previous passwords may not be used again, 0 for none.
   *
   * @return the history size, 0 to 24
   */
  public int historySize() {
    return historySize;
  }

  /**
   * Returns the version of this policy, recorded with each stored password so that a host that
   * tightens its policy can ask passwords set under an older version to change.
   *
   * @return the version, at least 1
   */
  public int version() {
    return version;
  }

  @Override
  public String toString() {
    return "PasswordPolicy[minLength=" + minLength
        + ", minLengthWithTwoFactor=" + minLengthWithTwoFactor
        + ", maxLength=" + maxLength
        + ", requireLowercase=" + requireLowercase
        + ", requireUppercase=" + requireUppercase
        + ", requireDigit=" + requireDigit
        + ", requireSpecial=" + requireSpecial
        + ", rejectLoginName=" + rejectLoginName
        + ", rejectCommonPasswords=" + rejectCommonPasswords
        + ", minStrengthScore=" + minStrengthScore
        + ", historySize=" + historySize
        + ", version=" + version + "]";
  }

  private void addLengthViolations(
      int length, boolean twoFactorEnabled, List<PasswordViolation> violations) {
    int minimum = minLength(twoFactorEnabled);
    if (length < minimum) {
      violations.add(
          PasswordViolation.of(PasswordRule.TOO_SHORT, "minimum", minimum, "actual", length));
    }
    if (length > maxLength) {
      violations.add(tooLong(length));
    }
  }

  private PasswordViolation tooLong(int actual) {
    return PasswordViolation.of(PasswordRule.TOO_LONG, "maximum", maxLength, "actual", actual);
  }

  private void addCompositionViolations(String normalized, List<PasswordViolation> violations) {
    CharacterRules.Composition composition = CharacterRules.Composition.of(normalized);
    addUnless(requireLowercase, composition.lowercase(), PasswordRule.MISSING_LOWERCASE,
        violations);
    addUnless(requireUppercase, composition.uppercase(), PasswordRule.MISSING_UPPERCASE,
        violations);
    addUnless(requireDigit, composition.digit(), PasswordRule.MISSING_DIGIT, violations);
    addUnless(requireSpecial, composition.special(), PasswordRule.MISSING_SPECIAL, violations);
  }

  private static void addUnless(
      boolean required, boolean present, PasswordRule rule, List<PasswordViolation> violations) {
    if (required && !present) {
      violations.add(PasswordViolation.of(rule));
    }
  }

  private static void addIllegalCharacter(String password, List<PasswordViolation> violations) {
    int position = CharacterRules.firstIllegalPosition(password);
    if (position > 0) {
      violations.add(PasswordViolation.of(PasswordRule.ILLEGAL_CHARACTER, "position", position));
    }
  }

  /** The login name as compared: NFKC, lower case; empty when there is none to compare. */
  private String comparableLoginName(String loginName) {
    // A login name too long for any legal password, even folded by NFKC, cannot be inside one.
    if (!rejectLoginName && minStrengthScore == 0
        || loginName.length() > 2 * MAX_NORMALIZATION_FOLD * maxLength) {
      return "";
    }
    return PasswordText.normalize(loginName).toLowerCase(Locale.ROOT);
  }

  private void addLoginNameViolation(
      String name, String lowerCased, List<PasswordViolation> violations) {
    if (rejectLoginName && !name.isEmpty() && isLoginName(name, lowerCased)) {
      violations.add(PasswordViolation.of(PasswordRule.CONTAINS_LOGIN_NAME));
    }
  }

  private static boolean isLoginName(String name, String lowerCased) {
    if (lowerCased.equals(name)) {
      return true;
    }
    return PasswordText.codePoints(name) >= MIN_CONTAINED_LOGIN_NAME && lowerCased.contains(name);
  }

  private void addCommonPassword(String lowerCased, List<PasswordViolation> violations) {
    if (rejectCommonPasswords && CommonPasswords.contains(lowerCased)) {
      violations.add(PasswordViolation.of(PasswordRule.COMMON_PASSWORD));
    }
  }

  private void addStrengthViolation(
      String normalized, String name, List<PasswordViolation> violations) {
    if (minStrengthScore == 0) {
      return;
    }
    int score = StrengthEstimator.score(normalized, name);
    if (score < minStrengthScore) {
      violations.add(PasswordViolation.of(
          PasswordRule.TOO_WEAK, "minimum", minStrengthScore, "actual", score));
    }
  }

  /**
   * Builds a {@link PasswordPolicy}, starting from the values of {@link
   * PasswordPolicy#defaults()}. {@link #build()} checks every value. Not thread-safe; the
   * policy it builds is.
   */
  public static final class Builder {
    private static final int UNSET = -1;

    private int minLength = 8;
    private int minLengthWithTwoFactor = UNSET;
    private int maxLength = 256;
    private boolean requireLowercase = true;
    private boolean requireUppercase = true;
    private boolean requireDigit = true;
    private boolean requireSpecial = true;
    private boolean rejectLoginName = true;
    private boolean rejectCommonPasswords = true;
    private int minStrengthScore;
    private int historySize = 5;
    private int version = 1;

    private Builder() {}

    /**
     * Sets the minimum length in code points.
     *
     * @param minLength between 1 and the maximum length; default 8
     * @return this builder
     */
    public Builder minLength(int minLength) {
      this.minLength = minLength;
      return this;
    }

    /**
     * Sets the minimum length in code points for a user who has two-factor on.
     *
     * @param minLength between 1 and the minimum length; default the minimum length
     * @return this builder
     */
    public Builder minLengthWithTwoFactor(int minLength) {
      this.minLengthWithTwoFactor = minLength;
      return this;
    }

    /**
     * Sets the maximum length in code points.
     *
     * @param maxLength between 1 and 4096; default 256
     * @return this builder
     */
    public Builder maxLength(int maxLength) {
      this.maxLength = maxLength;
      return this;
    }

    /**
     * Sets whether a lower-case letter is required.
     *
     * @param required default true
     * @return this builder
     */
    public Builder requireLowercase(boolean required) {
      this.requireLowercase = required;
      return this;
    }

    /**
     * Sets whether an upper-case letter is required.
     *
     * @param required default true
     * @return this builder
     */
    public Builder requireUppercase(boolean required) {
      this.requireUppercase = required;
      return this;
    }

    /**
     * Sets whether a decimal digit is required.
     *
     * @param required default true
     * @return this builder
     */
    public Builder requireDigit(boolean required) {
      this.requireDigit = required;
      return this;
    }

    /**
     * Sets whether a special character is required: one that is not a letter, a digit or a
     * combining mark; the space counts.
     *
     * @param required default true
     * @return this builder
     */
    public Builder requireSpecial(boolean required) {
      this.requireSpecial = required;
      return this;
    }

    /**
     * Sets whether a password may not be, nor contain, the login name, ignoring case. A login
     * name of one or two code points is only refused as the whole password.
     *
     * @param reject default true
     * @return this builder
     */
    public Builder rejectLoginName(boolean reject) {
      this.rejectLoginName = reject;
      return this;
    }

    /**
     * Sets whether the 30,000 most common passwords are refused, ignoring case.
     *
     * @param reject default true
     * @return this builder
     */
    public Builder rejectCommonPasswords(boolean reject) {
      this.rejectCommonPasswords = reject;
      return this;
    }

    /**
     * Sets the lowest zxcvbn score accepted, or 0 for no strength rule.
     *
     * @param score 0 to 4; default 0
     * @return this builder
     */
    public Builder minStrengthScore(int score) {
      this.minStrengthScore = score;
      return this;
    }

    /**
     * Sets how many previous passwords may not be used again.
     *
     * @param historySize 0 to 24; default 5
     * @return this builder
     */
    public Builder historySize(int historySize) {
      this.historySize = historySize;
      return this;
    }

    /**
     * Sets the version of the policy, recorded with each stored password. Raise it when the
     * policy tightens, so that passwords set under an older version can be asked to change.
     *
     * @param version at least 1; default 1
     * @return this builder
     */
    public Builder version(int version) {
      this.version = version;
      return this;
    }

    /**
     * Checks every value and builds the policy.
     *
     * @return the policy
     * @throws IllegalArgumentException naming the value and the rule, if a value is out of range
     */
    public PasswordPolicy build() {
      requireBetween("maxLength", maxLength, 1, MAX_LENGTH_LIMIT);
      requireBetween("minLength", minLength, 1, maxLength);
      int withTwoFactor = minLengthWithTwoFactor == UNSET ? minLength : minLengthWithTwoFactor;
      requireBetween("minLengthWithTwoFactor", withTwoFactor, 1, minLength);
      requireBetween("minStrengthScore", minStrengthScore, 0, 4);
      requireBetween("historySize", historySize, 0, MAX_HISTORY);
      if (version < 1) {
        throw new IllegalArgumentException("version must be at least 1 but was " + version);
      }
      return new PasswordPolicy(this, withTwoFactor);
    }

    private static void requireBetween(String name, int value, int min, int max) {
      if (value < min || value > max) {
        throw new IllegalArgumentException(
            name + " must be between " + min + " and " + max + " but was " + value);
      }
    }
  }
}
