package dev.accountsecurity.core.password;

import com.nulabinc.zxcvbn.Zxcvbn;
import java.util.List;

/**
 * The zxcvbn strength score, 0 (too guessable) to 4 (very unguessable), by zxcvbn4j (MIT
 * licence). One estimator is shared: zxcvbn4j keeps only read-only dictionaries in it and
 * builds its matchers per call, so it is thread-safe.
 *
 * <p>Only the first 100 code points are measured: zxcvbn's time grows faster than the length
 * (here about 20 ms for 100 code points but 80 ms for 256), and a longer password scores at
 * least as well as its first 100 code points in practice.
 */
final class StrengthEstimator {

  static final int MAX_MEASURED_CODE_POINTS = 100;

  private StrengthEstimator() {}

  /**
   * Scores a password.
   *
   * @param password the NFKC-normalised password
   * @param loginName the lower-cased login name, or empty for none; zxcvbn counts it as guessable
   * @return the score, 0 to 4
   */
  static int score(String password, String loginName) {
    List<String> userInputs = loginName.isEmpty() ? List.of() : List.of(loginName);
    return Holder.ZXCVBN.measure(measured(password), userInputs).getScore();
  }

  private static String measured(String password) {
    if (PasswordText.codePoints(password) <= MAX_MEASURED_CODE_POINTS) {
      return password;
    }
    return password.substring(0, password.offsetByCodePoints(0, MAX_MEASURED_CODE_POINTS));
  }

  private static final class Holder {
    static final Zxcvbn ZXCVBN = new Zxcvbn();
  }
}
