package dev.accountsecurity.core.memory;

import dev.accountsecurity.api.LoginEvent;
import dev.accountsecurity.api.LoginEventId;
import dev.accountsecurity.api.UserId;
import dev.accountsecurity.spi.LoginActivityStore;
import java.time.Instant;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A {@link LoginActivityStore} in the heap.
 *
 * <p>Thread-safe. Events are kept by id, and each user's events also in a sorted map, newest
 * first, that pages without sorting; events of unknown login names (no user) are kept by id
 * only. Reads take no lock; appends share a lock that purging takes alone, so that an event is
 * never left in one index and not the other. The store grows until {@link #purgeOlderThan} runs,
 * and a user's (small, empty) index stays after their last event is purged.
 */
public final class InMemoryLoginActivityStore implements LoginActivityStore {
  private static final Comparator<Position> NEWEST_FIRST =
      Comparator.comparing(Position::at).thenComparing(p -> p.id().value()).reversed();

  private final ConcurrentMap<LoginEventId, LoginEvent> byId = new ConcurrentHashMap<>();
  private final ConcurrentMap<UserId, NavigableMap<Position, LoginEvent>> byUser =
      new ConcurrentHashMap<>();
  private final ReadWriteLock purgeLock = new ReentrantReadWriteLock();

  /** Creates an empty store. */
  public InMemoryLoginActivityStore() {}

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException if an event with this id is stored already
   */
  @Override
  public void append(LoginEvent event) {
    Objects.requireNonNull(event, "event");
    purgeLock.readLock().lock();
    try {
      if (byId.putIfAbsent(event.id(), event) != null) {
        throw new IllegalArgumentException("an event with id " + event.id() + " is stored already");
      }
      UserId user = event.user();
      if (user != null) {
        byUser.computeIfAbsent(user, u -> new ConcurrentSkipListMap<>(NEWEST_FIRST))
            .put(positionOf(event), event);
      }
    } finally {
      purgeLock.readLock().unlock();
    }
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException if {@code limit} is less than 1
   */
  @Override
  public List<LoginEvent> page(UserId user, @Nullable Position before, int limit) {
    Objects.requireNonNull(user, "user");
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be 1 or more but was " + limit);
    }
    NavigableMap<Position, LoginEvent> events = eventsOf(user);
    NavigableMap<Position, LoginEvent> older =
        before == null ? events : events.tailMap(before, false);
    return older.values().stream().limit(limit).collect(Collectors.toList());
  }

  @Override
  public Optional<LoginEvent> find(LoginEventId id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(byId.get(id));
  }

  @Override
  public boolean hasSignedInFrom(UserId user, String browser, String os, String countryCode) {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(browser, "browser");
    Objects.requireNonNull(os, "os");
    Objects.requireNonNull(countryCode, "countryCode");
    return eventsOf(user).values().stream().anyMatch(e -> e.outcome().signedIn()
        && e.device().browser().equals(browser)
        && e.device().os().equals(os)
        && e.location().countryCode().equals(countryCode));
  }

  @Override
  public Optional<LoginEvent> latestSignIn(UserId user) {
    Objects.requireNonNull(user, "user");
    return eventsOf(user).values().stream().filter(e -> e.outcome().signedIn()).findFirst();
  }

  @Override
  public int purgeOlderThan(Instant cutoff) {
    Objects.requireNonNull(cutoff, "cutoff");
    purgeLock.writeLock().lock();
    try {
      int purged = 0;
      for (LoginEvent event : byId.values()) {
        if (event.at().isBefore(cutoff) && byId.remove(event.id(), event)) {
          forgetInUserList(event);
          purged++;
        }
      }
      return purged;
    } finally {
      purgeLock.writeLock().unlock();
    }
  }

  private void forgetInUserList(LoginEvent event) {
    UserId user = event.user();
    if (user != null) {
      eventsOf(user).remove(positionOf(event));
    }
  }

  private NavigableMap<Position, LoginEvent> eventsOf(UserId user) {
    NavigableMap<Position, LoginEvent> events = byUser.get(user);
    return events == null ? Collections.emptyNavigableMap() : events;
  }

  private static Position positionOf(LoginEvent event) {
    return new Position(event.at(), event.id());
  }
}
