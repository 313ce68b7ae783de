package dev.accountsecurity.core;

import dev.accountsecurity.api.event.SecurityEvent;
import dev.accountsecurity.spi.SecurityEventListener;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Hands events to every listener; a failing listener is logged and never undoes the change. */
final class EventPublisher {
  private static final Logger LOG = LoggerFactory.getLogger(EventPublisher.class);

  private final List<SecurityEventListener> listeners;

  EventPublisher(List<SecurityEventListener> listeners) {
    this.listeners = List.copyOf(listeners);
  }

  void publish(SecurityEvent event) {
    for (SecurityEventListener listener : listeners) {
      try {
        listener.onEvent(event);
      } catch (RuntimeException e) {
        LOG.warn("security event listener {} failed on a {} event",
            listener.getClass().getName(), event.getClass().getSimpleName(), e);
      }
    }
  }
}
