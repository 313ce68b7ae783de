package dev.accountsecurity.api;

import java.util.Optional;

/** A user's login activity. Implementations are thread-safe. */
public interface LoginActivity {

  /**
   * Pages through a user's login events, newest first.
   *
   * @param user the user
   * @param cursor the cursor from the previous page, or null for the first
   * @param size the page size, 1 to 100
   * @return the page
   * @throws IllegalArgumentException if the size is out of range or the cursor malformed
   */
  LoginEventPage events(UserId user, @org.jspecify.annotations.Nullable String cursor, int size);

  /**
   * Finds one of a user's events.
   *
   * @param user the user
   * @param event the event
   * @return the event, or empty when it is not this user's
   */
  Optional<LoginEvent> find(UserId user, LoginEventId event);

  /**
   * "This wasn't me": given one of the user's login events, ends every session, cancels every
   * reset token and login challenge, and disables the password until a forgotten-password
   * reset, since whoever knows it may be the attacker: only the mailbox opens the account again.
   *
   * @param user the user
   * @param event the event the user does not recognise
   * @return false when the event is not this user's; nothing changes then
   */
  boolean reportNotMe(UserId user, LoginEventId event);

  /**
   * Deletes events older than the configured retention, and with them expired sessions and
   * tokens, and failure counters untouched for the whole retention. Call it from a daily job.
   *
   * @return how many login events were deleted
   */
  int purgeExpired();
}
