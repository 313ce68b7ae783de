package dev.accountsecurity.examples.web;

import dev.accountsecurity.api.Enrolment;
import dev.accountsecurity.api.SessionId;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Key URI of each session's unconfirmed enrolment, kept so that {@code GET
 * /api/2fa/qr.png} can draw it: the library keeps the secret sealed and does not hand it out
 * twice. An entry lives until the enrolment is confirmed, the session ends, or the enrolment's
 * own expiry passes, whichever is first; at most one per session. It lives in this process's
 * memory only, so a service on several nodes would route the image request to the same node
 * (or return the image inline with the enrolment instead). Thread-safe.
 */
final class PendingEnrolments {
  /** Beyond this many entries, expired ones are swept on every new enrolment. */
  private static final int SWEEP_ABOVE = 1000;

  private record Pending(String otpauthUri, Instant expiresAt) {}

  private final Map<SessionId, Pending> pending = new ConcurrentHashMap<>();
  private final Clock clock;

  PendingEnrolments(Clock clock) {
    this.clock = clock;
  }

  void put(SessionId session, Enrolment enrolment) {
    if (pending.size() > SWEEP_ABOVE) {
      Instant now = clock.instant();
      pending.values().removeIf(entry -> !now.isBefore(entry.expiresAt()));
    }
    pending.put(session, new Pending(enrolment.otpauthUri(), enrolment.expiresAt()));
  }

  Optional<String> uri(SessionId session) {
    Pending entry = pending.get(session);
    if (entry == null) {
      return Optional.empty();
    }
    if (!clock.instant().isBefore(entry.expiresAt())) {
      pending.remove(session, entry);
      return Optional.empty();
    }
    return Optional.of(entry.otpauthUri());
  }

  void remove(SessionId session) {
    pending.remove(session);
  }
}
