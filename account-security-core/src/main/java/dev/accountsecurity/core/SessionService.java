package dev.accountsecurity.core;

import dev.accountsecurity.api.Session;
import dev.accountsecurity.api.SessionId;
import dev.accountsecurity.api.SessionToken;
import dev.accountsecurity.api.SessionView;
import dev.accountsecurity.api.Sessions;
import dev.accountsecurity.api.UserId;
import dev.accountsecurity.api.event.RevocationReason;
import dev.accountsecurity.api.event.SecurityEvent;
import dev.accountsecurity.spi.SessionRecord;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Creates, validates, lists and revokes sessions. */
final class SessionService implements Sessions {
  private final Core core;

  SessionService(Core core) {
    this.core = core;
  }

  /** A new session and the token that opens it. */
  record Opened(Session session, SessionToken token) {}

  Opened open(UserId user, ClientResolver.Client client, boolean twoFactorVerified) {
    Instant now = core.clock().instant();
    String token = core.random().newToken();
    Session session = new Session(SessionId.of(core.random().newId()), user, now, now, now,
        twoFactorVerified, client.address(), client.location(), client.device());
    Instant expiresAt = now.plus(core.sessionOptions().absoluteTimeout());
    core.sessions().create(new SessionRecord(session, SecureTokens.hash(token), expiresAt));
    return new Opened(session, SessionToken.of(token));
  }

  @Override
  public Optional<Session> validate(SessionToken token) {
    return live(token).map(SessionRecord::session);
  }

  /** The live record behind a token, its last-seen time touched at most once an interval. */
  Optional<SessionRecord> live(SessionToken token) {
    Objects.requireNonNull(token, "token");
    String text = token.reveal();
    if (!SecureTokens.plausible(text)) {
      return Optional.empty();
    }
    Optional<SessionRecord> found = core.sessions().findByTokenHash(SecureTokens.hash(text));
    if (found.isEmpty()) {
      return found;
    }
    Instant now = core.clock().instant();
    SessionRecord record = found.get();
    if (!isLive(record, now)) {
      return Optional.empty();
    }
    Instant lastSeen = record.session().lastSeenAt();
    if (!now.isBefore(lastSeen.plus(core.sessionOptions().touchInterval()))
        && now.isAfter(lastSeen)) {
      core.sessions().touch(record.session().id(), now);
    }
    return found;
  }

  private boolean isLive(SessionRecord record, Instant now) {
    Instant idleEnd = record.session().lastSeenAt().plus(core.sessionOptions().idleTimeout());
    return now.isBefore(record.expiresAt()) && now.isBefore(idleEnd);
  }

  @Override
  public List<SessionView> list(UserId user, @Nullable SessionId current) {
    Objects.requireNonNull(user, "user");
    Instant now = core.clock().instant();
    return core.sessions().listByUser(user).stream()
        .filter(record -> isLive(record, now))
        .map(record -> new SessionView(record.session(),
            record.session().id().equals(current)))
        .toList();
  }

  @Override
  public boolean revoke(UserId user, SessionId session) {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(session, "session");
    boolean revoked = core.sessions().revoke(user, session);
    if (revoked) {
      core.events().publish(new SecurityEvent.SessionsRevoked(user, core.clock().instant(), 1,
          RevocationReason.USER_REQUEST));
    }
    return revoked;
  }

  @Override
  public boolean logout(SessionToken token) {
    Optional<SessionRecord> found = live(token);
    return found.isPresent()
        && core.sessions().revoke(found.get().session().user(), found.get().session().id());
  }

  @Override
  public int revokeAll(UserId user, @Nullable SessionId keep) {
    Objects.requireNonNull(user, "user");
    return revokeAll(user, keep, RevocationReason.USER_REQUEST);
  }

  /** Ends every session of the user but one, telling the listeners why. */
  int revokeAll(UserId user, @Nullable SessionId keep, RevocationReason reason) {
    int count = core.sessions().revokeAll(user, keep);
    if (count > 0) {
      core.events().publish(
          new SecurityEvent.SessionsRevoked(user, core.clock().instant(), count, reason));
    }
    return count;
  }
}
