package dev.accountsecurity.core;

import dev.accountsecurity.spi.ThrottleState;
import dev.accountsecurity.spi.ThrottleStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Turns failure counts into verdicts. Counts live in the {@link ThrottleStore}, so every service
 * instance sees the same ones; the verdict is a pure function of the count, the time of the last
 * failure and the options, so nothing else needs storing.
 */
final class Throttle {
  /** Lock lengths stop doubling after this many repeats: 30 minutes grows to about 21 days. */
  private static final int MAX_DOUBLINGS = 10;

  /** What to do with an attempt. */
  sealed interface Verdict {
    /** Go ahead. */
    record Open() implements Verdict {}

    /** Refuse without checking; come back later. */
    record Wait(Duration retryAfter, boolean locked) implements Verdict {}

    /** Refuse until a reset (password) or a recovery code or admin reset (TOTP). */
    record Disabled() implements Verdict {}
  }

  static final Verdict OPEN = new Verdict.Open();

  private final ThrottleStore store;
  private final ThrottleOptions options;
  private final Clock clock;

  Throttle(ThrottleStore store, ThrottleOptions options, Clock clock) {
    this.store = store;
    this.options = options;
    this.clock = clock;
  }

  /** The key of password failures for a login name, known or not, so both behave alike. */
  static String loginKey(String canonicalLoginName) {
    // Hashed: keeps the key short and keeps login names out of the throttle table.
    return "login:" + SecureTokens.hash(canonicalLoginName).hex();
  }

  static String addressKey(String address) {
    return "ip:" + address;
  }

  static String codeKey(dev.accountsecurity.api.UserId user) {
    return "code:" + user.value();
  }

  static String resetKey(String canonicalLoginName) {
    return "reset:" + SecureTokens.hash(canonicalLoginName).hex();
  }

  /** The verdict for a password attempt under a login name and, if given, an address. */
  Verdict password(String loginKey, @Nullable String addressKey) {
    Verdict account = account(store.find(loginKey));
    return account instanceof Verdict.Open && addressKey != null ? address(addressKey) : account;
  }

  /** The verdict for a TOTP or recovery code: delays, and suspension of TOTP at the cap. */
  Verdict code(String codeKey) {
    Optional<ThrottleState> state = store.find(codeKey);
    if (state.isEmpty()) {
      return OPEN;
    }
    int failures = state.get().failures();
    if (options.disableAfter() > 0 && failures >= options.disableAfter()) {
      return new Verdict.Disabled();
    }
    return delay(state.get(), options.delayAfter());
  }

  /** Counts a failure under the key and, if given, the address key; returns the first state. */
  ThrottleState fail(String key, @Nullable String addressKey) {
    Instant now = clock.instant();
    ThrottleState state = store.recordFailure(key, now);
    if (addressKey != null) {
      store.recordFailure(addressKey, now);
    }
    return state;
  }

  /** How long a refusal lasts; zero for a factor disabled until a reset. */
  static java.time.Duration retryAfter(Verdict verdict) {
    return verdict instanceof Verdict.Wait ? ((Verdict.Wait) verdict).retryAfter()
        : java.time.Duration.ZERO;
  }

  /** The verdict a fresh state implies for the next attempt. */
  Verdict after(ThrottleState state) {
    return account(Optional.of(state));
  }

  /** Whether this failure is the one that reached the cap and suspended the factor. */
  boolean reachedCap(ThrottleState state) {
    return options.disableAfter() > 0 && state.failures() == options.disableAfter();
  }

  void clear(String key) {
    store.clear(key);
  }

  int purgeOlderThan(Instant cutoff) {
    return store.purgeOlderThan(cutoff);
  }

  Optional<ThrottleState> find(String key) {
    return store.find(key);
  }

  private Verdict account(Optional<ThrottleState> found) {
    if (found.isEmpty()) {
      return OPEN;
    }
    ThrottleState state = found.get();
    int failures = state.failures();
    if (options.disableAfter() > 0 && failures >= options.disableAfter()) {
      return new Verdict.Disabled();
    }
    if (options.lockAfter() > 0 && failures >= options.lockAfter()) {
      int repeats = Math.min(failures - options.lockAfter(), MAX_DOUBLINGS);
      Duration lock = options.lockDuration().multipliedBy(1L << repeats);
      Instant until = state.lastFailureAt().plus(lock);
      Duration left = Duration.between(clock.instant(), until);
      return left.isNegative() || left.isZero() ? OPEN : new Verdict.Wait(left, true);
    }
    return delay(state, options.delayAfter());
  }

  private Verdict address(String addressKey) {
    Optional<ThrottleState> found = store.find(addressKey);
    if (found.isEmpty()) {
      return OPEN;
    }
    ThrottleState state = found.get();
    Instant forgetAt = state.lastFailureAt().plus(options.addressMemory());
    if (!clock.instant().isBefore(forgetAt)) {
      store.clear(addressKey);
      return OPEN;
    }
    return delay(state, options.addressDelayAfter());
  }

  private Verdict delay(ThrottleState state, int after) {
    if (state.failures() < after) {
      return OPEN;
    }
    int doublings = Math.min(state.failures() - after, 30);
    Duration wait = options.initialDelay().multipliedBy(1L << doublings);
    if (wait.compareTo(options.maxDelay()) > 0) {
      wait = options.maxDelay();
    }
    Duration left = Duration.between(clock.instant(), state.lastFailureAt().plus(wait));
    return left.isNegative() || left.isZero() ? OPEN : new Verdict.Wait(left, false);
  }
}
