package dev.accountsecurity.core.memory;

import dev.accountsecurity.api.Session;
import dev.accountsecurity.api.SessionId;
import dev.accountsecurity.api.UserId;
import dev.accountsecurity.spi.SessionRecord;
import dev.accountsecurity.spi.SessionStore;
import dev.accountsecurity.spi.TokenHash;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A {@link SessionStore} in the heap, indexed by session id, token hash and user.
 *
 * <p>Thread-safe. Reads take no lock; every write holds the store's lock, so the three indexes
 * change together and {@link #revokeAll} is atomic. Expired sessions stay until {@link
 * #purgeExpired} runs.
 */
public final class InMemorySessionStore implements SessionStore {
  private static final Comparator<SessionRecord> NEWEST_FIRST =
      Comparator.comparing((SessionRecord r) -> r.session().createdAt())
          .thenComparing(r -> r.session().id().value())
          .reversed();

  private final ConcurrentMap<SessionId, SessionRecord> byId = new ConcurrentHashMap<>();
  private final ConcurrentMap<TokenHash, SessionId> idByToken = new ConcurrentHashMap<>();
  private final ConcurrentMap<UserId, Set<SessionId>> idsByUser = new ConcurrentHashMap<>();
  private final Object writeLock = new Object();

  /** Creates an empty store. */
  public InMemorySessionStore() {}

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException if a session with this id or token hash is stored already
   */
  @Override
  public void create(SessionRecord session) {
    Objects.requireNonNull(session, "session");
    SessionId id = session.session().id();
    synchronized (writeLock) {
      if (byId.containsKey(id) || idByToken.containsKey(session.tokenHash())) {
        throw new IllegalArgumentException("a session with this id or token is stored already");
      }
      byId.put(id, session);
      idByToken.put(session.tokenHash(), id);
      idsByUser.computeIfAbsent(session.session().user(), u -> ConcurrentHashMap.newKeySet())
          .add(id);
    }
  }

  @Override
  public Optional<SessionRecord> findByTokenHash(TokenHash tokenHash) {
    Objects.requireNonNull(tokenHash, "tokenHash");
    SessionId id = idByToken.get(tokenHash);
    return id == null ? Optional.empty() : Optional.ofNullable(byId.get(id));
  }

  @Override
  public void touch(SessionId id, Instant lastSeenAt) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(lastSeenAt, "lastSeenAt");
    synchronized (writeLock) {
      byId.computeIfPresent(id, (key, r) -> lastSeenAt.isAfter(r.session().lastSeenAt())
          ? withSession(r, touched(r.session(), lastSeenAt)) : r);
    }
  }

  @Override
  public boolean reauthenticated(SessionId id, Instant authenticatedAt, boolean twoFactorVerified) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(authenticatedAt, "authenticatedAt");
    synchronized (writeLock) {
      SessionRecord r = byId.get(id);
      if (r == null) {
        return false;
      }
      byId.put(id, withSession(r, proven(r.session(), authenticatedAt, twoFactorVerified)));
      return true;
    }
  }

  @Override
  public List<SessionRecord> listByUser(UserId user) {
    Objects.requireNonNull(user, "user");
    return sessionsOf(user).stream().sorted(NEWEST_FIRST).collect(Collectors.toList());
  }

  @Override
  public boolean revoke(UserId user, SessionId id) {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(id, "id");
    synchronized (writeLock) {
      SessionRecord r = byId.get(id);
      if (r == null || !r.session().user().equals(user)) {
        return false;
      }
      remove(r);
      return true;
    }
  }

  @Override
  public int revokeAll(UserId user, @Nullable SessionId keep) {
    Objects.requireNonNull(user, "user");
    synchronized (writeLock) {
      return removeAll(sessionsOf(user), r -> !r.session().id().equals(keep));
    }
  }

  @Override
  public int purgeExpired(Instant now, Instant idleBefore) {
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(idleBefore, "idleBefore");
    synchronized (writeLock) {
      return removeAll(byId.values(), r -> r.expiresAt().isBefore(now)
          || r.session().lastSeenAt().isBefore(idleBefore));
    }
  }

  private List<SessionRecord> sessionsOf(UserId user) {
    Set<SessionId> ids = idsByUser.getOrDefault(user, Set.of());
    // A session revoked between the two reads is simply left out.
    return ids.stream().map(byId::get).filter(Objects::nonNull).collect(Collectors.toList());
  }

  // Callers hold the write lock.
  private int removeAll(Iterable<SessionRecord> candidates, Predicate<SessionRecord> doomed) {
    List<SessionRecord> removed = new ArrayList<>();
    for (SessionRecord r : candidates) {
      if (doomed.test(r)) {
        removed.add(r);
      }
    }
    removed.forEach(this::remove);
    return removed.size();
  }

  // Callers hold the write lock.
  private void remove(SessionRecord r) {
    SessionId id = r.session().id();
    byId.remove(id);
    idByToken.remove(r.tokenHash());
    idsByUser.computeIfPresent(r.session().user(), (user, ids) -> {
      ids.remove(id);
      return ids.isEmpty() ? null : ids;
    });
  }

  private static SessionRecord withSession(SessionRecord r, Session session) {
    return new SessionRecord(session, r.tokenHash(), r.expiresAt());
  }

  private static Session touched(Session s, Instant lastSeenAt) {
    return new Session(s.id(), s.user(), s.createdAt(), lastSeenAt, s.authenticatedAt(),
        s.twoFactorVerified(), s.ipAddress(), s.location(), s.device());
  }

  private static Session proven(Session s, Instant authenticatedAt, boolean twoFactorVerified) {
    return new Session(s.id(), s.user(), s.createdAt(), s.lastSeenAt(), authenticatedAt,
        s.twoFactorVerified() || twoFactorVerified, s.ipAddress(), s.location(), s.device());
  }
}
