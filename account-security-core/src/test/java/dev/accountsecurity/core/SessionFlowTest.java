package dev.accountsecurity.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accountsecurity.api.LoginResult;
import dev.accountsecurity.api.SessionToken;
import dev.accountsecurity.api.SessionView;
import dev.accountsecurity.api.UserAccount;
import dev.accountsecurity.api.event.RevocationReason;
import dev.accountsecurity.api.event.SecurityEvent;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionFlowTest {
  private final Fixture f = new Fixture();

  @Test
  void token_is256BitsAndOnlyItsHashIsStored() {
    UserAccount user = f.createUser("ana@example.com");

    LoginResult.Authenticated login = f.login("ana@example.com");

    assertEquals(43, login.token().reveal().length());
    assertEquals(SecureTokens.hash(login.token().reveal()),
        f.sessions.listByUser(user.id()).get(0).tokenHash());
    assertFalse(login.toString().contains(login.token().reveal()));
    assertFalse(login.session().id().value().equals(login.token().reveal()));
  }

  @Test
  void validate_idleTimeout_expiresAtExactlyThirtyMinutes() {
    f.createUser("ana@example.com");
    SessionToken token = f.login("ana@example.com").token();

    f.clock.advance(Duration.ofMinutes(30).minusNanos(1000));
    assertTrue(f.security.sessions().validate(token).isPresent());
    f.clock.advance(Duration.ofMinutes(30).minusNanos(1000));
    assertTrue(f.security.sessions().validate(token).isPresent(), "the last check kept it alive");
    f.clock.advance(Duration.ofMinutes(30));
    assertTrue(f.security.sessions().validate(token).isEmpty());
  }

  @Test
  void validate_absoluteTimeout_expiresAtTwelveHoursHoweverActive() {
    f.createUser("ana@example.com");
    SessionToken token = f.login("ana@example.com").token();
    for (int i = 0; i < 12 * 4 - 1; i++) {
      f.clock.advance(Duration.ofMinutes(15));
      assertTrue(f.security.sessions().validate(token).isPresent(), "at step " + i);
    }
    f.clock.advance(Duration.ofMinutes(14));
    assertTrue(f.security.sessions().validate(token).isPresent());

    f.clock.advance(Duration.ofMinutes(1));

    assertTrue(f.security.sessions().validate(token).isEmpty());
  }

  @Test
  void validate_lastSeenWrittenAtMostOnceAMinute() {
    UserAccount user = f.createUser("ana@example.com");
    LoginResult.Authenticated login = f.login("ana@example.com");

    f.clock.advance(Duration.ofSeconds(59));
    f.security.sessions().validate(login.token());
    assertEquals(login.session().createdAt(),
        f.sessions.listByUser(user.id()).get(0).session().lastSeenAt());
    f.clock.advance(Duration.ofSeconds(1));
    f.security.sessions().validate(login.token());

    assertEquals(f.clock.instant(), f.sessions.listByUser(user.id()).get(0).session()
        .lastSeenAt());
  }

  @Test
  void validate_unknownOrJunkToken_empty() {
    assertTrue(f.security.sessions().validate(SessionToken.of("")).isEmpty());
    assertTrue(f.security.sessions().validate(SessionToken.of("x".repeat(43))).isEmpty());
    assertTrue(f.security.sessions().validate(SessionToken.of("%".repeat(128))).isEmpty());
  }

  @Test
  void list_marksCurrentAndOmitsExpired() {
    UserAccount user = f.createUser("ana@example.com");
    LoginResult.Authenticated old = f.login("ana@example.com");
    f.clock.advance(Duration.ofMinutes(31));
    LoginResult.Authenticated a = f.login("ana@example.com");
    f.clock.advance(Duration.ofMinutes(1));
    LoginResult.Authenticated b = f.login("ana@example.com");

    List<SessionView> list = f.security.sessions().list(user.id(), a.session().id());

    assertEquals(List.of(b.session().id(), a.session().id()),
        list.stream().map(v -> v.session().id()).toList());
    assertEquals(List.of(false, true), list.stream().map(SessionView::current).toList());
    assertTrue(f.security.sessions().validate(old.token()).isEmpty());
  }

  @Test
  void revoke_onlyTheUsersOwnSession() {
    UserAccount ana = f.createUser("ana@example.com");
    UserAccount bo = f.createUser("bo@example.com");
    LoginResult.Authenticated anaLogin = f.login("ana@example.com");
    LoginResult.Authenticated boLogin = f.login("bo@example.com");

    assertFalse(f.security.sessions().revoke(ana.id(), boLogin.session().id()));
    assertTrue(f.security.sessions().validate(boLogin.token()).isPresent());
    assertTrue(f.security.sessions().revoke(ana.id(), anaLogin.session().id()));
    assertTrue(f.security.sessions().validate(anaLogin.token()).isEmpty());
    assertFalse(f.security.sessions().revoke(bo.id(), anaLogin.session().id()));
  }

  @Test
  void revokeAll_keepingCurrent_logsOutEverywhereElse() {
    UserAccount user = f.createUser("ana@example.com");
    LoginResult.Authenticated here = f.login("ana@example.com");
    LoginResult.Authenticated b = f.login("ana@example.com");
    LoginResult.Authenticated c = f.login("ana@example.com");

    int revoked = f.security.sessions().revokeAll(user.id(), here.session().id());

    assertEquals(2, revoked);
    assertTrue(f.security.sessions().validate(here.token()).isPresent());
    assertTrue(f.security.sessions().validate(b.token()).isEmpty());
    assertTrue(f.security.sessions().validate(c.token()).isEmpty());
    SecurityEvent.SessionsRevoked event = f.events(SecurityEvent.SessionsRevoked.class).get(0);
    assertEquals(2, event.count());
    assertEquals(RevocationReason.USER_REQUEST, event.reason());
    assertEquals(1, f.security.sessions().revokeAll(user.id(), null));
  }

  @Test
  void logout_endsOnlyThatSession() {
    f.createUser("ana@example.com");
    LoginResult.Authenticated a = f.login("ana@example.com");
    LoginResult.Authenticated b = f.login("ana@example.com");

    assertTrue(f.security.sessions().logout(a.token()));

    assertFalse(f.security.sessions().logout(a.token()));
    assertTrue(f.security.sessions().validate(b.token()).isPresent());
  }
}
