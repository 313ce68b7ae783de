package dev.accountsecurity.api;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A page of a user's login events, newest first.
 *
 * @param events the events
 * @param nextCursor the cursor of the next (older) page, or null on the last page
 */
public record LoginEventPage(List<LoginEvent> events, @Nullable String nextCursor) {

  /**
   * Copies the list.
   *
   * @param events the events
   * @param nextCursor the cursor of the next (older) page, or null on the last page
   */
  public LoginEventPage {
    events = List.copyOf(events);
  }
}
