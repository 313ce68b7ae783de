package dev.accountsecurity.spi;

import dev.accountsecurity.api.LoginEvent;
import dev.accountsecurity.api.LoginEventId;
import dev.accountsecurity.api.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Login events. Appends from many threads and instances must all be kept. Implementations are
 * thread-safe.
 */
public interface LoginActivityStore {

  /**
   * Appends an event.
   *
   * @param event the event
   */
  void append(LoginEvent event);

  /**
   * Returns a user's events newest first (by time, then by id descending), strictly older than
   * the given position when one is given.
   *
   * @param user the user
   * @param before the position to page from: the time and id of the last event of the previous
   *     page, or null for the newest
   * @param limit the most events to return, 1 or more
   * @return the events
   */
  List<LoginEvent> page(UserId user, @Nullable Position before, int limit);

  /**
   * Finds an event.
   *
   * @param id the event
   * @return the event, or empty
   */
  Optional<LoginEvent> find(LoginEventId id);

  /**
   * Tells whether the user has signed in successfully before with this browser family and OS
   * family, from this country.
   *
   * @param user the user
   * @param browser the browser family
   * @param os the operating system family
   * @param countryCode the country code, or empty
   * @return true when such a successful login exists
   */
  boolean hasSignedInFrom(UserId user, String browser, String os, String countryCode);

  /**
   * Returns the user's latest successful login.
   *
   * @param user the user
   * @return the event, or empty
   */
  Optional<LoginEvent> latestSignIn(UserId user);

  /**
   * Deletes events older than the given time.
   *
   * @param cutoff events strictly before this are deleted; one exactly at it is kept
   * @return how many were deleted
   */
  int purgeOlderThan(Instant cutoff);

  /**
   * A position in a user's event list.
   *
   * @param at the event's time
   * @param id the event's id
   */
  record Position(Instant at, LoginEventId id) {}
}
