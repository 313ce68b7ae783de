package dev.accountsecurity.api;

import java.time.Instant;
import java.util.Objects;

/**
 * A live session: what listings show. Never holds the session token.
 *
 * @param id the session's identifier
 * @param user the user
 * @param createdAt when the login created it
 * @param lastSeenAt when it was last used, written at most once a minute
 * @param authenticatedAt when the user last proved identity in it (login or re-authentication)
 * @param twoFactorVerified whether the login passed two-factor authentication
 * @param ipAddress the client address at login, as stored
 * @param location where that address is
 * @param device the device at login
 */
public record Session(
    SessionId id,
    UserId user,
    Instant createdAt,
    Instant lastSeenAt,
    Instant authenticatedAt,
    boolean twoFactorVerified,
    String ipAddress,
    Location location,
    Device device) {

  /**
   * Checks the components.
   *
   * @param id the session's identifier
   * @param user the user
   * @param createdAt when the login created it
   * @param lastSeenAt when it was last used, written at most once a minute
   * @param authenticatedAt when the user last proved identity in it (login or re-authentication)
   * @param twoFactorVerified whether the login passed two-factor authentication
   * @param ipAddress the client address at login, as stored
   * @param location where that address is
   * @param device the device at login
   * @throws NullPointerException if a component is null
   */
  public Session {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(lastSeenAt, "lastSeenAt");
    Objects.requireNonNull(authenticatedAt, "authenticatedAt");
    Objects.requireNonNull(ipAddress, "ipAddress");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(device, "device");
  }
}
