package dev.accountsecurity.spi;

import dev.accountsecurity.api.SessionId;
import dev.accountsecurity.api.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Live sessions. A revoked session is deleted. Implementations are thread-safe.
 */
public interface SessionStore {

  /**
   * Stores a new session.
   *
   * @param session the session
   */
  void create(SessionRecord session);

  /**
   * Finds a session by the hash of its token: the hot path, indexed.
   *
   * @param tokenHash the hash
   * @return the session, or empty
   */
  Optional<SessionRecord> findByTokenHash(TokenHash tokenHash);

  /**
   * Records activity: sets the last-seen time if it is later than the stored one.
   *
   * @param id the session
   * @param lastSeenAt the time
   */
  void touch(SessionId id, Instant lastSeenAt);

  /**
   * Records a fresh proof of identity in the session.
   *
   * @param id the session
   * @param authenticatedAt the time
   * @param twoFactorVerified whether a second factor was part of the proof; never turns a
   *     verified session unverified
   * @return false for an unknown session
   */
  boolean reauthenticated(SessionId id, Instant authenticatedAt, boolean twoFactorVerified);

  /**
   * Lists a user's sessions, newest first.
   *
   * @param user the user
   * @return the sessions, expired ones included until purged
   */
  List<SessionRecord> listByUser(UserId user);

  /**
   * Deletes one session if it belongs to the user.
   *
   * @param user the user
   * @param id the session
   * @return true when this call deleted it
   */
  boolean revoke(UserId user, SessionId id);

  /**
   * Deletes every session of the user but one, atomically.
   *
   * @param user the user
   * @param keep the session to keep, or null for none
   * @return how many were deleted
   */
  int revokeAll(UserId user, @Nullable SessionId keep);

  /**
   * Deletes sessions past their absolute expiry or idle since before {@code idleBefore}; the
   * cut-offs are exclusive: a session expiring exactly at {@code now}, or last seen exactly at
   * {@code idleBefore}, is kept.
   *
   * @param now the time now
   * @param idleBefore sessions last seen before this are idle-expired
   * @return how many were deleted
   */
  int purgeExpired(Instant now, Instant idleBefore);
}
