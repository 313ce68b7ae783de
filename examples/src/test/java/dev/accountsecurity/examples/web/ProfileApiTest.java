package dev.accountsecurity.examples.web;

import static dev.accountsecurity.examples.web.ServerFixture.MEMBER;
import static dev.accountsecurity.examples.web.ServerFixture.MEMBER_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** GET /api/me, PUT /api/profile, POST /api/password, and the session cookie's checks. */
class ProfileApiTest {
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
  void me_signedIn_returnsAccount() {
    ApiClient client = fixture.signedIn(MEMBER, MEMBER_PASSWORD);
    ApiClient.Answer answer = client.get("/api/me");
    assertEquals(200, answer.status());
    assertEquals(ApiClient.json("{\"userId\":\"" + fixture.member.value() + "\","
        + "\"loginName\":\"ben@acme.example\",\"firstName\":\"First\",\"lastName\":\"Last\","
        + "\"team\":{\"id\":\"acme\",\"role\":\"member\"},\"twoFactorEnabled\":false,"
        + "\"recoveryCodesLeft\":0,\"passwordChangeRequired\":false,\"session\":{\"id\":\""
        + answer.json().get("session").get("id").asText() + "\",\"twoFactorVerified\":false}}"),
        answer.json());
  }

  @Test
  void me_noCookie_401() {
    ApiClient.Answer answer = fixture.client().get("/api/me");
    assertEquals(401, answer.status());
    assertEquals(ApiClient.json("{\"error\":\"not_signed_in\",\"message\":\"Please sign in.\"}"),
        answer.json());
  }

  @Test
  void me_forgedCookie_401AndCookieCleared() {
    ApiClient client = fixture.client();
    client.sid("A".repeat(43));
    ApiClient.Answer answer = client.get("/api/me");
    assertEquals(401, answer.status());
    assertEquals("sid=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0", answer.cookies().get(0));
  }

  @Test
  void me_overlongCookie_401() {
    ApiClient client = fixture.client();
    client.sid("A".repeat(5000));
    assertEquals(401, client.get("/api/me").status());
  }

  @Test
  void me_sessionIdleForAnHour_401() {
    ApiClient client = fixture.signedIn(MEMBER, MEMBER_PASSWORD);
    fixture.clock.advance(Duration.ofHours(1));
    ApiClient.Answer answer = client.get("/api/me");
    assertEquals(401, answer.status());
    assertEquals("not_signed_in", answer.json().get("error").asText());
  }

  @Test
  void updateProfile_validNames_storedTrimmed() {
    ApiClient client = fixture.signedIn(MEMBER, MEMBER_PASSWORD);
    ApiClient.Answer answer = client.put("/api/profile",
        "{\"firstName\":\"  Benjamin \",\"lastName\":\"Okafor\"}");
    assertEquals(200, answer.status(), answer.text());
    assertEquals(ApiClient.json("{\"firstName\":\"Benjamin\",\"lastName\":\"Okafor\"}"),
        answer.json());
    assertEquals("Benjamin", client.get("/api/me").json().get("firstName").asText());
  }

  @Test
  void updateProfile_emptyLastName_400AndNothingChanged() {
    ApiClient client = fixture.signedIn(MEMBER, MEMBER_PASSWORD);
    ApiClient.Answer answer = client.put("/api/profile",
        "{\"firstName\":\"Benjamin\",\"lastName\":\"   \"}");
    assertEquals(400, answer.status());
    assertEquals(ApiClient.json("{\"error\":\"invalid_profile\","
        + "\"message\":\"Last name is required.\",\"violations\":[{\"field\":\"lastName\","
        + "\"problem\":\"empty\",\"message\":\"Last name is required.\"}]}"), answer.json());
    assertEquals("First", client.get("/api/me").json().get("firstName").asText());
  }

  @Test
  void updateProfile_missingField_400() {
    ApiClient client = fixture.signedIn(MEMBER, MEMBER_PASSWORD);
    ApiClient.Answer answer = client.put("/api/profile", "{\"firstName\":\"Benjamin\"}");
    assertEquals(400, answer.status());
    assertEquals("lastName", answer.json().get("field").asText());
  }

  @Test
  void updateProfile_notSignedIn_401() {
    assertEquals(401, fixture.client().put("/api/profile",
        "{\"firstName\":\"A\",\"lastName\":\"B\"}").status());
  }

  @Test
  void changePassword_valid_keepsThisSessionEndsOthers() {
    ApiClient other = fixture.signedIn(MEMBER, MEMBER_PASSWORD);
    ApiClient client = fixture.signedIn(MEMBER, MEMBER_PASSWORD);
    ApiClient.Answer answer = client.post("/api/password",
        "{\"current\":\"" + MEMBER_PASSWORD + "\",\"new\":\"Quiet-Meadow-Lantern-7\"}");
    assertEquals(200, answer.status(), answer.text());
    assertEquals(ApiClient.json("{\"changed\":true,\"sessionsRevoked\":1}"), answer.json());
    assertEquals(200, client.get("/api/me").status());
    assertEquals(401, other.get("/api/me").status());
    fixture.signedIn(MEMBER, "Quiet-Meadow-Lantern-7");
  }

  @Test
  void changePassword_weak_400WithViolations() {
    ApiClient client = fixture.signedIn(MEMBER, MEMBER_PASSWORD);
    ApiClient.Answer answer = client.post("/api/password",
        "{\"current\":\"" + MEMBER_PASSWORD + "\",\"new\":\"password1\"}");
    assertEquals(400, answer.status());
    assertEquals(ApiClient.json("{\"error\":\"weak_password\",\"message\":\"Add an upper-case"
        + " letter. Add a special character, such as ! or #. This password is too common;"
        + " choose one that is hard to guess.\",\"violations\":["
        + "{\"rule\":\"missing_uppercase\",\"message\":\"Add an upper-case letter.\"},"
        + "{\"rule\":\"missing_special\",\"message\":\"Add a special character, such as ! or #.\"},"
        + "{\"rule\":\"common_password\",\"message\":\"This password is too common; choose one"
        + " that is hard to guess.\"}]}"), answer.json());
    fixture.signedIn(MEMBER, MEMBER_PASSWORD);
  }

  @Test
  void changePassword_wrongCurrent_400AndNothingChanged() {
    ApiClient client = fixture.signedIn(MEMBER, MEMBER_PASSWORD);
    ApiClient.Answer answer = client.post("/api/password",
        "{\"current\":\"Not-It-At-All-1\",\"new\":\"Quiet-Meadow-Lantern-7\"}");
    assertEquals(400, answer.status());
    assertEquals(ApiClient.json("{\"error\":\"wrong_current_password\","
        + "\"message\":\"The current password is incorrect.\"}"), answer.json());
    fixture.signedIn(MEMBER, MEMBER_PASSWORD);
  }

  @Test
  void changePassword_missingNew_400() {
    ApiClient client = fixture.signedIn(MEMBER, MEMBER_PASSWORD);
    ApiClient.Answer answer = client.post("/api/password",
        "{\"current\":\"" + MEMBER_PASSWORD + "\"}");
    assertEquals(400, answer.status());
    assertEquals("new", answer.json().get("field").asText());
  }

  @Test
  void changePassword_notSignedIn_401() {
    assertEquals(401, fixture.client().post("/api/password",
        "{\"current\":\"a\",\"new\":\"b\"}").status());
  }
}
