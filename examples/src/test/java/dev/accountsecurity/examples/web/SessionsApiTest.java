package dev.accountsecurity.examples.web;

import static dev.accountsecurity.examples.web.ServerFixture.ADMIN;
import static dev.accountsecurity.examples.web.ServerFixture.ADMIN_PASSWORD;
import static dev.accountsecurity.examples.web.ServerFixture.MEMBER;
import static dev.accountsecurity.examples.web.ServerFixture.MEMBER_PASSWORD;
import static dev.accountsecurity.examples.web.ServerFixture.OUTSIDER;
import static dev.accountsecurity.examples.web.ServerFixture.OUTSIDER_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** /api/sessions, /api/activity and the admin's reset of a member's two-factor. */
class SessionsApiTest {
  private ServerFixture fixture;

  @BeforeEach
  void start() throws IOException {
    fixture = new ServerFixture();
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  @Test
  void sessions_two_listedNewestFirstCurrentMarked() {
    fixture.signedIn(MEMBER, MEMBER_PASSWORD);
    fixture.clock.advance(ServerFixture.STEP);
    ApiClient client = fixture.signedIn(MEMBER, MEMBER_PASSWORD);
    ApiClient.Answer answer = client.get("/api/sessions");
    assertEquals(200, answer.status());
    JsonNode sessions = answer.json().get("sessions");
    assertEquals(2, sessions.size());
    assertTrue(sessions.get(0).get("current").asBoolean());
    assertFalse(sessions.get(1).get("current").asBoolean());
    JsonNode row = sessions.get(0);
    assertEquals("127.0.0.1", row.get("ipAddress").asText());
    assertEquals("This machine", row.get("location").asText());
    assertEquals(fixture.clock.instant().toString(), row.get("createdAt").asText());
    assertFalse(row.get("twoFactorVerified").asBoolean());
  }

  @Test
  void revoke_otherSession_endsIt() {
    ApiClient other = fixture.signedIn(MEMBER, MEMBER_PASSWORD);
    ApiClient client = fixture.signedIn(MEMBER, MEMBER_PASSWORD);
    String otherId = other.get("/api/me").json().get("session").get("id").asText();
    ApiClient.Answer answer = client.delete("/api/sessions/" + otherId);
    assertEquals(200, answer.status(), answer.text());
    assertEquals(ApiClient.json("{\"revoked\":true,\"current\":false}"), answer.json());
    assertEquals(401, other.get("/api/me").status());
    assertEquals(200, client.get("/api/me").status());
  }

  @Test
  void revoke_ownSession_signsOutAndClearsCookie() {
    ApiClient client = fixture.signedIn(MEMBER, MEMBER_PASSWORD);
    String id = client.get("/api/me").json().get("session").get("id").asText();
    ApiClient.Answer answer = client.delete("/api/sessions/" + id);
    assertEquals(200, answer.status());
    assertTrue(answer.json().get("current").asBoolean());
    assertEquals("sid=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0", answer.cookies().get(0));
  }

  @Test
  void revoke_someoneElsesSession_404AndTheirsLives() {
    ApiClient admin = fixture.signedIn(ADMIN, ADMIN_PASSWORD);
    String adminSession = admin.get("/api/me").json().get("session").get("id").asText();
    ApiClient member = fixture.signedIn(MEMBER, MEMBER_PASSWORD);
    ApiClient.Answer answer = member.delete("/api/sessions/" + adminSession);
    assertEquals(404, answer.status());
    assertEquals(ApiClient.json("{\"error\":\"no_such_session\","
        + "\"message\":\"There is no such session of yours.\"}"), answer.json());
    assertEquals(200, admin.get("/api/me").status());
  }

  @Test
  void revoke_malformedId_404() {
    ApiClient client = fixture.signedIn(MEMBER, MEMBER_PASSWORD);
    assertEquals(404, client.delete("/api/sessions/not%20an%20id!").status());
  }

  @Test
  void revoke_notSignedIn_401() {
    assertEquals(401, fixture.client().delete("/api/sessions/abc").status());
  }

  @Test
  void revokeOthers_threeOthers_allEndedThisStays() {
    ApiClient a = fixture.signedIn(MEMBER, MEMBER_PASSWORD);
    fixture.signedIn(MEMBER, MEMBER_PASSWORD);
    fixture.signedIn(MEMBER, MEMBER_PASSWORD);
    ApiClient client = fixture.signedIn(MEMBER, MEMBER_PASSWORD);
    ApiClient.Answer answer = client.post("/api/sessions/revoke-others", "");
    assertEquals(200, answer.status());
    assertEquals(ApiClient.json("{\"revoked\":3}"), answer.json());
    assertEquals(1, client.get("/api/sessions").json().get("sessions").size());
    assertEquals(401, a.get("/api/me").status());
  }

  @Test
  void activity_afterLogins_newestFirstWithOutcomes() {
    fixture.client().post("/api/login", "{\"loginName\":\"" + MEMBER
        + "\",\"password\":\"Wrong-Wrong-1\"}");
    fixture.clock.advance(ServerFixture.STEP);
    ApiClient client = fixture.signedIn(MEMBER, MEMBER_PASSWORD);
    ApiClient.Answer answer = client.get("/api/activity");
    assertEquals(200, answer.status());
    JsonNode events = answer.json().get("events");
    assertEquals(2, events.size());
    assertEquals("success", events.get(0).get("outcome").asText());
    assertEquals("Signed in", events.get(0).get("outcomeLabel").asText());
    assertTrue(events.get(0).get("currentSession").asBoolean());
    assertEquals("wrong_password", events.get(1).get("outcome").asText());
    assertEquals("password", events.get(1).get("factor").asText());
    assertEquals("127.0.0.1", events.get(1).get("ipAddress").asText());
    assertTrue(answer.json().get("nextCursor").isNull());
  }

  @Test
  void activity_manyEvents_pagesByCursor() {
    for (int i = 0; i < 25; i++) {
      fixture.clock.advance(ServerFixture.STEP);
      fixture.signedIn(MEMBER, MEMBER_PASSWORD);
    }
    ApiClient client = fixture.signedIn(MEMBER, MEMBER_PASSWORD);
    JsonNode first = client.get("/api/activity").json();
    assertEquals(20, first.get("events").size());
    String cursor = first.get("nextCursor").asText();
    JsonNode second = client.get("/api/activity?cursor=" + cursor).json();
    assertEquals(6, second.get("events").size());
    assertTrue(second.get("nextCursor").isNull());
  }

  @Test
  void activity_forgedCursor_400() {
    ApiClient client = fixture.signedIn(MEMBER, MEMBER_PASSWORD);
    ApiClient.Answer answer = client.get("/api/activity?cursor=not-a-cursor");
    assertEquals(400, answer.status(), answer.text());
    assertEquals(ApiClient.json("{\"error\":\"bad_cursor\","
        + "\"message\":\"The cursor is not one this server gave out.\"}"), answer.json());
  }

  @Test
  void activity_notSignedIn_401() {
    assertEquals(401, fixture.client().get("/api/activity").status());
  }

  @Test
  void adminReset_adminOfTeam_memberTwoFactorOff() {
    fixture.enrol(fixture.signedIn(MEMBER, MEMBER_PASSWORD));
    ApiClient admin = fixture.signedIn(ADMIN, ADMIN_PASSWORD);
    ApiClient.Answer answer = admin.post(resetPath(fixture.member.value()),
        "{\"reason\":\"Lost phone, ticket 42\"}");
    assertEquals(200, answer.status(), answer.text());
    assertEquals(ApiClient.json("{\"reset\":true,\"sessionsRevoked\":1}"), answer.json());
    fixture.signedIn(MEMBER, MEMBER_PASSWORD); // Password only: two-factor is off.
  }

  private static String resetPath(String userId) {
    return "/api/admin/members/" + userId + "/reset-2fa";
  }

  @Test
  void adminReset_byMember_403AndNothingChanged() {
    ServerFixture.Enrolled enrolled = fixture.enrol(fixture.signedIn(MEMBER, MEMBER_PASSWORD));
    ApiClient member = fixture.signedInWithCode(MEMBER, MEMBER_PASSWORD, enrolled.app());
    ApiClient.Answer answer = member.post(resetPath(fixture.admin.value()),
        "{\"reason\":\"I want in\"}");
    assertEquals(403, answer.status());
    assertEquals(ApiClient.json("{\"error\":\"not_an_admin\","
        + "\"message\":\"Only a team admin can do this.\"}"), answer.json());
    assertTrue(member.get("/api/me").json().get("twoFactorEnabled").asBoolean());
  }

  @Test
  void adminReset_memberOfAnotherTeam_404() {
    fixture.enrol(fixture.signedIn(OUTSIDER, OUTSIDER_PASSWORD));
    ApiClient admin = fixture.signedIn(ADMIN, ADMIN_PASSWORD);
    ApiClient.Answer answer = admin.post(resetPath(fixture.outsider.value()),
        "{\"reason\":\"Not mine to reset\"}");
    assertEquals(404, answer.status());
    assertEquals("not_in_team", answer.json().get("error").asText());
  }

  @Test
  void adminReset_malformedUserId_404() {
    ApiClient admin = fixture.signedIn(ADMIN, ADMIN_PASSWORD);
    assertEquals(404, admin.post(resetPath("bad%20id!"), "{\"reason\":\"x\"}").status());
  }

  @Test
  void adminReset_blankReason_400() {
    fixture.enrol(fixture.signedIn(MEMBER, MEMBER_PASSWORD));
    ApiClient admin = fixture.signedIn(ADMIN, ADMIN_PASSWORD);
    ApiClient.Answer answer = admin.post(resetPath(fixture.member.value()),
        "{\"reason\":\"   \"}");
    assertEquals(400, answer.status());
    assertEquals("reason_required", answer.json().get("error").asText());
  }

  @Test
  void adminReset_missingReason_400() {
    ApiClient admin = fixture.signedIn(ADMIN, ADMIN_PASSWORD);
    ApiClient.Answer answer = admin.post(resetPath(fixture.member.value()), "{}");
    assertEquals(400, answer.status());
    assertEquals("reason", answer.json().get("field").asText());
  }

  @Test
  void adminReset_memberWithoutTwoFactor_409() {
    ApiClient admin = fixture.signedIn(ADMIN, ADMIN_PASSWORD);
    ApiClient.Answer answer = admin.post(resetPath(fixture.member.value()),
        "{\"reason\":\"Lost phone\"}");
    assertEquals(409, answer.status());
    assertEquals("not_enrolled", answer.json().get("error").asText());
  }

  @Test
  void adminReset_notSignedIn_401() {
    assertEquals(401, fixture.client().post(resetPath(fixture.member.value()),
        "{\"reason\":\"x\"}").status());
  }
}
