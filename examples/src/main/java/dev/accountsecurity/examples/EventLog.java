package dev.accountsecurity.examples;

import dev.accountsecurity.api.event.SecurityEvent;
import dev.accountsecurity.spi.SecurityEventListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Keeps the security events it receives, where a real service would send mail or write an
 * audit trail. Thread-safe.
 */
public final class EventLog implements SecurityEventListener {
  private final List<SecurityEvent> events = new ArrayList<>();

  /** Creates an empty log. */
  public EventLog() {}

  @Override
  public synchronized void onEvent(SecurityEvent event) {
    events.add(Objects.requireNonNull(event, "event"));
  }

  /**
   * Returns the events received so far, oldest first.
   *
   * @return a copy
   */
  public synchronized List<SecurityEvent> events() {
    return List.copyOf(events);
  }
}
