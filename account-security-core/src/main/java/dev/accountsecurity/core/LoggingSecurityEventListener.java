package dev.accountsecurity.core;

import dev.accountsecurity.api.event.SecurityEvent;
import dev.accountsecurity.spi.SecurityEventListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default listener: logs each security event at INFO through SLF4J, under the logger {@code
 * dev.accountsecurity.events}. Events carry no secret, so neither does the log. Thread-safe.
 */
public final class LoggingSecurityEventListener implements SecurityEventListener {
  private static final Logger LOG = LoggerFactory.getLogger("dev.accountsecurity.events");

  /** Creates the listener. */
  public LoggingSecurityEventListener() {}

  @Override
  public void onEvent(SecurityEvent event) {
    LOG.info("{}", event);
  }
}
