package dev.accountsecurity.examples.web;

import static dev.accountsecurity.examples.web.ServerFixture.MEMBER;
import static dev.accountsecurity.examples.web.ServerFixture.MEMBER_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.accountsecurity.examples.Authenticator;
import dev.accountsecurity.examples.MutableClock;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** POST /api/login, /api/login/code and /api/logout. */
class LoginApiTest {
  private ServerFixture fixture;

  @BeforeEach
  void start() throws IOException {
    fixture = new ServerFixture();
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  private static String credentials(String name, String password) {
    return "{\"loginName\":\"" + name + "\",\"password\":\"" + password + "\"}";
  }

  @Test
  void login_rightPassword_signsInWithHardenedCookie() {
    ApiClient client = fixture.client();
    ApiClient.Answer answer = client.post("/api/login", credentials(MEMBER, MEMBER_PASSWORD));
    assertEquals(200, answer.status());
    assertEquals(ApiClient.json("{\"signedIn\":true,\"passwordChangeRequired\":false}"),
        answer.json());
    String cookie = answer.cookies().get(0);
    assertTrue(cookie.matches("sid=[A-Za-z0-9_-]{43}; Path=/; HttpOnly; SameSite=Strict"),
        cookie);
    assertEquals(200, client.get("/api/me").status());
  }

  @Test
  void login_wrongPassword_401WithoutCookie() {
    ApiClient.Answer answer = fixture.client().post("/api/login",
        credentials(MEMBER, "Wrong-Password-123"));
    assertEquals(401, answer.status());
    assertEquals(ApiClient.json("{\"error\":\"login_refused\","
        + "\"message\":\"The login name or password is incorrect.\"}"), answer.json());
    assertEquals(List.of(), answer.cookies());
  }

  @Test
  void login_unknownName_answersLikeWrongPassword() {
    ApiClient.Answer answer = fixture.client().post("/api/login",
        credentials("nobody@acme.example", "Wrong-Password-123"));
    assertEquals(401, answer.status());
    assertEquals("login_refused", answer.json().get("error").asText());
    assertEquals("The login name or password is incorrect.",
        answer.json().get("message").asText());
  }

  @Test
  void login_missingPassword_400NamingTheField() {
    ApiClient.Answer answer = fixture.client().post("/api/login",
        "{\"loginName\":\"" + MEMBER + "\"}");
    assertEquals(400, answer.status());
    assertEquals(ApiClient.json("{\"error\":\"missing_field\","
        + "\"message\":\"password is required.\",\"field\":\"password\"}"), answer.json());
  }

  @Test
  void login_nullField_400MissingField() {
    ApiClient.Answer answer = fixture.client().post("/api/login",
        "{\"loginName\":null,\"password\":\"x\"}");
    assertEquals(400, answer.status());
    assertEquals("loginName", answer.json().get("field").asText());
  }

  @Test
  void login_numberForName_400WrongType() {
    ApiClient.Answer answer = fixture.client().post("/api/login",
        "{\"loginName\":42,\"password\":\"x\"}");
    assertEquals(400, answer.status());
    assertEquals(ApiClient.json("{\"error\":\"wrong_type\","
        + "\"message\":\"loginName must be a string.\",\"field\":\"loginName\"}"), answer.json());
  }

  @Test
  void login_malformedJson_400() {
    ApiClient.Answer answer = fixture.client().post("/api/login", "{\"loginName\":");
    assertEquals(400, answer.status());
    assertEquals(ApiClient.json("{\"error\":\"malformed_json\","
        + "\"message\":\"The request body is not valid JSON.\"}"), answer.json());
  }

  @Test
  void login_jsonArray_400NotAnObject() {
    ApiClient.Answer answer = fixture.client().post("/api/login", "[1,2]");
    assertEquals(400, answer.status());
    assertEquals("not_an_object", answer.json().get("error").asText());
  }

  @Test
  void login_emptyBody_400MissingField() {
    ApiClient.Answer answer = fixture.client().post("/api/login", "");
    assertEquals(400, answer.status());
    assertEquals("loginName", answer.json().get("field").asText());
  }

  @Test
  void login_manyWrongPasswords_429WithRetryAfter() {
    ApiClient client = fixture.client();
    ApiClient.Answer answer = client.post("/api/login", credentials(MEMBER, "Wrong-1"));
    for (int i = 0; i < 10 && answer.status() == 401; i++) {
      answer = client.post("/api/login", credentials(MEMBER, "Wrong-" + i));
    }
    assertEquals(429, answer.status(), answer.text());
    assertEquals("throttled", answer.json().get("error").asText());
    assertEquals("Too many attempts. Please wait a moment and try again.",
        answer.json().get("message").asText());
    long wait = answer.json().get("retryAfter").asLong();
    assertTrue(wait >= 1, answer.text());
    assertEquals(Long.toString(wait), answer.header("Retry-After").orElseThrow());
  }

  @Test
  void code_twoFactorOn_passwordThenCodeSignsIn() {
    ServerFixture.Enrolled enrolled = fixture.enrol(fixture.signedIn(MEMBER, MEMBER_PASSWORD));
    fixture.clock.advance(ServerFixture.STEP);
    ApiClient client = fixture.client();
    ApiClient.Answer first = client.post("/api/login", credentials(MEMBER, MEMBER_PASSWORD));
    assertEquals(200, first.status());
    JsonNode body = first.json();
    assertFalse(body.get("signedIn").asBoolean());
    assertTrue(body.get("secondFactor").asBoolean());
    assertEquals(43, body.get("challenge").asText().length());
    assertNotNull(body.get("expiresAt").asText());
    assertNull(client.sid());

    ApiClient.Answer second = client.post("/api/login/code", "{\"challenge\":\""
        + body.get("challenge").asText() + "\",\"code\":\"" + enrolled.app().code() + "\"}");
    assertEquals(200, second.status(), second.text());
    assertEquals(ApiClient.json("{\"signedIn\":true,\"passwordChangeRequired\":false}"),
        second.json());
    assertTrue(fixture.client().get("/api/me").status() == 401);
    assertEquals(200, client.get("/api/me").status());
    assertTrue(client.get("/api/me").json().get("session").get("twoFactorVerified").asBoolean());
  }

  @Test
  void code_recoveryCode_signsIn() {
    ServerFixture.Enrolled enrolled = fixture.enrol(fixture.signedIn(MEMBER, MEMBER_PASSWORD));
    ApiClient client = fixture.client();
    String challenge = client.post("/api/login", credentials(MEMBER, MEMBER_PASSWORD)).json()
        .get("challenge").asText();
    ApiClient.Answer answer = client.post("/api/login/code", "{\"challenge\":\"" + challenge
        + "\",\"code\":\"" + enrolled.recoveryCodes().get(3) + "\"}");
    assertEquals(200, answer.status(), answer.text());
    assertEquals(9, client.get("/api/me").json().get("recoveryCodesLeft").asInt());
  }

  @Test
  void code_wrongCode_401WithClockHint() {
    fixture.enrol(fixture.signedIn(MEMBER, MEMBER_PASSWORD));
    ApiClient client = fixture.client();
    String challenge = client.post("/api/login", credentials(MEMBER, MEMBER_PASSWORD)).json()
        .get("challenge").asText();
    ApiClient.Answer answer = client.post("/api/login/code",
        "{\"challenge\":\"" + challenge + "\",\"code\":\"12345x\"}");
    assertEquals(401, answer.status(), answer.text());
    assertEquals("wrong_code", answer.json().get("error").asText());
    assertEquals("The code is incorrect.", answer.json().get("message").asText());
    assertTrue(answer.json().get("hint").asText().contains("phone"), answer.text());
    assertNull(client.sid());
  }

  @Test
  void code_fromPhoneThreeMinutesAhead_401WithDriftHint() {
    ServerFixture.Enrolled enrolled = fixture.enrol(fixture.signedIn(MEMBER, MEMBER_PASSWORD));
    Authenticator fastPhone = Authenticator.scan(enrolled.secret(),
        MutableClock.at(fixture.clock.instant().plus(Duration.ofMinutes(3))));
    ApiClient client = fixture.client();
    String challenge = client.post("/api/login", credentials(MEMBER, MEMBER_PASSWORD)).json()
        .get("challenge").asText();
    ApiClient.Answer answer = client.post("/api/login/code",
        "{\"challenge\":\"" + challenge + "\",\"code\":\"" + fastPhone.code() + "\"}");
    assertEquals(401, answer.status(), answer.text());
    assertEquals(180, answer.json().get("clockDriftSeconds").asLong());
    assertEquals("That code belongs to a time about 3 minutes ahead of ours: your phone's clock"
        + " seems off. Set it to update automatically.", answer.json().get("hint").asText());
  }

  @Test
  void code_replayedCode_401AlreadyUsed() {
    ServerFixture.Enrolled enrolled = fixture.enrol(fixture.signedIn(MEMBER, MEMBER_PASSWORD));
    fixture.clock.advance(ServerFixture.STEP);
    String code = enrolled.app().code();
    ApiClient first = fixture.client();
    String challenge = first.post("/api/login", credentials(MEMBER, MEMBER_PASSWORD)).json()
        .get("challenge").asText();
    assertEquals(200, first.post("/api/login/code",
        "{\"challenge\":\"" + challenge + "\",\"code\":\"" + code + "\"}").status());

    ApiClient second = fixture.client();
    String again = second.post("/api/login", credentials(MEMBER, MEMBER_PASSWORD)).json()
        .get("challenge").asText();
    ApiClient.Answer answer = second.post("/api/login/code",
        "{\"challenge\":\"" + again + "\",\"code\":\"" + code + "\"}");
    assertEquals(401, answer.status());
    assertEquals(ApiClient.json("{\"error\":\"code_already_used\","
        + "\"message\":\"This code was used already. Please wait for the next code.\"}"),
        answer.json());
  }

  @Test
  void code_forgedChallenge_401ChallengeInvalid() {
    ApiClient.Answer answer = fixture.client().post("/api/login/code",
        "{\"challenge\":\"" + "A".repeat(43) + "\",\"code\":\"123456\"}");
    assertEquals(401, answer.status());
    assertEquals(ApiClient.json("{\"error\":\"challenge_invalid\","
        + "\"message\":\"This sign-in has expired. Please start again.\"}"), answer.json());
  }

  @Test
  void code_overlongChallenge_401ChallengeInvalid() {
    ApiClient.Answer answer = fixture.client().post("/api/login/code",
        "{\"challenge\":\"" + "A".repeat(500) + "\",\"code\":\"123456\"}");
    assertEquals(401, answer.status());
    assertEquals("challenge_invalid", answer.json().get("error").asText());
  }

  @Test
  void code_missingCode_400() {
    ApiClient.Answer answer = fixture.client().post("/api/login/code",
        "{\"challenge\":\"abc\"}");
    assertEquals(400, answer.status());
    assertEquals("code", answer.json().get("field").asText());
  }

  @Test
  void logout_signedIn_endsSessionAndClearsCookie() {
    ApiClient client = fixture.signedIn(MEMBER, MEMBER_PASSWORD);
    String sid = client.sid();
    ApiClient.Answer answer = client.post("/api/logout", "");
    assertEquals(200, answer.status());
    assertEquals(ApiClient.json("{\"signedIn\":false}"), answer.json());
    assertEquals("sid=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0", answer.cookies().get(0));
    client.sid(sid);
    assertEquals(401, client.get("/api/me").status());
  }

  @Test
  void logout_notSignedIn_401() {
    ApiClient.Answer answer = fixture.client().post("/api/logout", "{}");
    assertEquals(401, answer.status());
    assertEquals(ApiClient.json("{\"error\":\"not_signed_in\",\"message\":\"Please sign in.\"}"),
        answer.json());
  }
}
