package dev.accountsecurity.api;

import java.util.List;
import java.util.Optional;

/** Live sessions: validate, list, revoke. Implementations are thread-safe. */
public interface Sessions {

  /**
   * Validates a session token: the hot path of every request.
   *
   * @param token the token from the client
   * @return the session, or empty for an unknown, revoked, idle-expired or absolutely expired one
   */
  Optional<Session> validate(SessionToken token);

  /**
   * Lists a user's live sessions, newest first, marking the caller's.
   *
   * @param user the user
   * @param current the caller's session, or null
   * @return the sessions
   */
  List<SessionView> list(UserId user, @org.jspecify.annotations.Nullable SessionId current);

  /**
   * Ends one of the user's own sessions.
   *
   * @param user the user
   * @param session the session
   * @return false when it is not a live session of this user
   */
  boolean revoke(UserId user, SessionId session);

  /**
   * Ends the session of this token: log out.
   *
   * @param token the token
   * @return false when it was not live
   */
  boolean logout(SessionToken token);

  /**
   * Ends every session of the user but one: "log out of all other sessions".
   *
   * @param user the user
   * @param keep the session to keep, or null to end every one
   * @return how many were ended
   */
  int revokeAll(UserId user, @org.jspecify.annotations.Nullable SessionId keep);
}
