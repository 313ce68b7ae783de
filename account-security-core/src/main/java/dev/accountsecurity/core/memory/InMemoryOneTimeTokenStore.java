package dev.accountsecurity.core.memory;

import dev.accountsecurity.api.UserId;
import dev.accountsecurity.spi.OneTimeToken;
import dev.accountsecurity.spi.OneTimeTokenStore;
import dev.accountsecurity.spi.TokenHash;
import dev.accountsecurity.spi.TokenPurpose;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A {@link OneTimeTokenStore} in the heap.
 *
 * <p>Thread-safe. {@link #consume} and {@link #spendAttempt} are each one atomic step on the
 * token's entry; {@link #issue} and the deletions that pick tokens by user or time hold the
 * store's lock, so that issues replacing each other leave exactly one token. Those deletions scan
 * every token, which suits the few live tokens a store holds; expired tokens stay until {@link
 * #purgeExpired} runs.
 */
public final class InMemoryOneTimeTokenStore implements OneTimeTokenStore {
  private final ConcurrentMap<TokenHash, OneTimeToken> byHash = new ConcurrentHashMap<>();
  private final Object writeLock = new Object();

  /** Creates an empty store. */
  public InMemoryOneTimeTokenStore() {}

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException if a token with this hash is stored already and is not
   *     among those replaced
   */
  @Override
  public void issue(OneTimeToken token, boolean replaceOthers) {
    Objects.requireNonNull(token, "token");
    synchronized (writeLock) {
      if (replaceOthers) {
        deleteAll(ofUser(token.user(), token.purpose()));
      }
      if (byHash.putIfAbsent(token.hash(), token) != null) {
        throw new IllegalArgumentException("a token with this hash is stored already");
      }
    }
  }

  @Override
  public Optional<OneTimeToken> find(TokenHash hash, TokenPurpose purpose) {
    Objects.requireNonNull(hash, "hash");
    Objects.requireNonNull(purpose, "purpose");
    return Optional.ofNullable(byHash.get(hash)).filter(t -> t.purpose() == purpose);
  }

  @Override
  public boolean consume(TokenHash hash, TokenPurpose purpose) {
    Objects.requireNonNull(hash, "hash");
    Objects.requireNonNull(purpose, "purpose");
    AtomicBoolean consumed = new AtomicBoolean();
    byHash.computeIfPresent(hash, (key, token) -> {
      consumed.set(token.purpose() == purpose);
      return consumed.get() ? null : token;
    });
    return consumed.get();
  }

  @Override
  public int spendAttempt(TokenHash hash, TokenPurpose purpose) {
    Objects.requireNonNull(hash, "hash");
    Objects.requireNonNull(purpose, "purpose");
    AtomicInteger left = new AtomicInteger(-1);
    byHash.computeIfPresent(hash, (key, token) -> {
      if (token.purpose() != purpose) {
        return token;
      }
      left.set(token.attemptsLeft() - 1);
      return left.get() <= 0 ? null : withAttempts(token, left.get());
    });
    return left.get();
  }

  @Override
  public int revokeAll(UserId user, TokenPurpose purpose) {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(purpose, "purpose");
    synchronized (writeLock) {
      return deleteAll(ofUser(user, purpose));
    }
  }

  @Override
  public int purgeExpired(Instant now) {
    Objects.requireNonNull(now, "now");
    synchronized (writeLock) {
      return deleteAll(token -> token.expiresAt().isBefore(now));
    }
  }

  // Callers hold the write lock. Consume and spendAttempt may still change a token meanwhile,
  // so each deletion tests the token as it is at that moment.
  private int deleteAll(Predicate<OneTimeToken> doomed) {
    List<TokenHash> candidates = byHash.values().stream()
        .filter(doomed).map(OneTimeToken::hash).collect(Collectors.toList());
    int deleted = 0;
    for (TokenHash hash : candidates) {
      AtomicBoolean removed = new AtomicBoolean();
      byHash.computeIfPresent(hash, (key, token) -> {
        removed.set(doomed.test(token));
        return removed.get() ? null : token;
      });
      deleted += removed.get() ? 1 : 0;
    }
    return deleted;
  }

  private static Predicate<OneTimeToken> ofUser(UserId user, TokenPurpose purpose) {
    return token -> token.user().equals(user) && token.purpose() == purpose;
  }

  private static OneTimeToken withAttempts(OneTimeToken t, int attemptsLeft) {
    return new OneTimeToken(t.hash(), t.purpose(), t.user(), t.expiresAt(), attemptsLeft);
  }
}
