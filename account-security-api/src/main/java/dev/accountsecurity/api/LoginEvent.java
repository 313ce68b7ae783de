package dev.accountsecurity.api;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One recorded login attempt: a row of the "Login Activity" table.
 *
 * @param id the event's identifier
 * @param user the user, or null for an attempt on an unknown login name
 * @param at when the attempt was made
 * @param outcome how it ended
 * @param factor which factor it presented
 * @param ipAddress the client address as stored (possibly truncated for privacy), or empty
 * @param location where the address is, looked up before any truncation
 * @param device the device told by the User-Agent header
 * @param session the session it created, or null
 */
public record LoginEvent(
    LoginEventId id,
    @Nullable UserId user,
    Instant at,
    LoginOutcome outcome,
    Factor factor,
    String ipAddress,
    Location location,
    Device device,
    @Nullable SessionId session) {

  /**
   * Checks the components.
   *
   * @param id the event's identifier
   * @param user the user, or null for an attempt on an unknown login name
   * @param at when the attempt was made
   * @param outcome how it ended
   * @param factor which factor it presented
   * @param ipAddress the client address as stored (possibly truncated for privacy), or empty
   * @param location where the address is, looked up before any truncation
   * @param device the device told by the User-Agent header
   * @param session the session it created, or null
   * @throws NullPointerException if a non-null component is null
   */
  public LoginEvent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(factor, "factor");
    Objects.requireNonNull(ipAddress, "ipAddress");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(device, "device");
  }
}
