package dev.accountsecurity.spi;

import dev.accountsecurity.api.Session;
import java.time.Instant;
import java.util.Objects;

/**
 * A session as stored: the public view plus the hash of its token and its absolute expiry.
 *
 * @param session the session
 * @param tokenHash the SHA-256 of its token
 * @param expiresAt the absolute expiry, however active the session is
 */
public record SessionRecord(Session session, TokenHash tokenHash, Instant expiresAt) {

  /**
   * Checks the components.
   *
   * @param session the session
   * @param tokenHash the SHA-256 of its token
   * @param expiresAt the absolute expiry, however active the session is
   * @throws NullPointerException if a component is null
   */
  public SessionRecord {
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(tokenHash, "tokenHash");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }
}
