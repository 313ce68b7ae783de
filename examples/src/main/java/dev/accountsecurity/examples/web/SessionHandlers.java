package dev.accountsecurity.examples.web;

import dev.accountsecurity.api.Session;
import dev.accountsecurity.api.SessionId;
import dev.accountsecurity.api.Sessions;

/**
 * {@code GET /api/sessions}, {@code DELETE /api/sessions/{id}} and {@code POST
 * /api/sessions/revoke-others}: the caller's live sessions, ending one, ending all but this
 * one. Thread-safe.
 */
final class SessionHandlers {
  private final Sessions sessions;
  private final SessionCookie cookie;
  private final PendingEnrolments pending;

  SessionHandlers(Sessions sessions, SessionCookie cookie, PendingEnrolments pending) {
    this.sessions = sessions;
    this.cookie = cookie;
    this.pending = pending;
  }

  Reply list(Call call) {
    Session session = call.session();
    return Reply.json(Json.object("sessions", sessions.list(session.user(), session.id())
        .stream().map(Views.SessionRow::of).toList()));
  }

  /** Ends one of the caller's sessions; ending the caller's own is signing out. */
  Reply revoke(Call call) {
    Session session = call.session();
    SessionId target = sessionId(call.pathParameter("id"));
    if (!sessions.revoke(session.user(), target)) {
      throw noSuchSession();
    }
    boolean current = target.equals(session.id());
    Reply reply = Reply.json(Json.object("revoked", true, "current", current));
    if (current) {
      pending.remove(target);
      reply.cookie(cookie.clear());
    }
    return reply;
  }

  Reply revokeOthers(Call call) {
    Session session = call.session();
    call.body(); // An empty body or an object; anything else is a 400.
    int ended = sessions.revokeAll(session.user(), session.id());
    return Reply.json(Json.object("revoked", ended));
  }

  private static SessionId sessionId(String text) {
    try {
      return SessionId.of(text);
    } catch (IllegalArgumentException e) {
      throw noSuchSession();
    }
  }

  private static ApiError noSuchSession() {
    return ApiError.notFound("no_such_session", "There is no such session of yours.");
  }
}
