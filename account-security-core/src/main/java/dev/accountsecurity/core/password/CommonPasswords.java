package dev.accountsecurity.core.password;

import com.nulabinc.zxcvbn.StandardDictionaries;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;

/**
 * The list of the most common passwords: the 30,000-entry frequency list bundled in zxcvbn4j
 * (com.nulab-inc:zxcvbn, MIT licence; the list itself comes from the original Dropbox zxcvbn,
 * also MIT), read through its public {@code StandardDictionaries.PASSWORDS_LOADER}. Its entries
 * are lower case, so candidates are compared lower-cased.
 *
 * <p>Loaded once, on first use; thread-safe.
 */
final class CommonPasswords {

  private CommonPasswords() {}

  /**
   * Tells whether a password is on the list.
   *
   * @param lowerCased the NFKC-normalised password, lower-cased with {@code Locale.ROOT}
   * @return true when it is one of the common passwords
   */
  static boolean contains(String lowerCased) {
    return Holder.PASSWORDS.contains(lowerCased);
  }

  /** Number of entries, for tests. */
  static int size() {
    return Holder.PASSWORDS.size();
  }

  private static final class Holder {
    static final Set<String> PASSWORDS = load();

    private static Set<String> load() {
      try {
        return Set.copyOf(StandardDictionaries.PASSWORDS_LOADER.load().getFrequencies());
      } catch (IOException e) {
        throw new UncheckedIOException("zxcvbn4j's bundled password list could not be read", e);
      }
    }
  }
}
