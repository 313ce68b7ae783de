package dev.accountsecurity.spi;

import dev.accountsecurity.api.event.SecurityEvent;

/**
 * Receives security events, for mail, audit trails or alerts. Called on the thread that caused
 * the event, after the change is stored; an exception thrown here is logged and swallowed, so a
 * broken listener never undoes or fails the change.
 */
@FunctionalInterface
public interface SecurityEventListener {

  /**
   * Handles an event.
   *
   * @param event the event
   */
  void onEvent(SecurityEvent event);
}
