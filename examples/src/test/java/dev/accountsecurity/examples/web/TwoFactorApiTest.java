package dev.accountsecurity.examples.web;

import static dev.accountsecurity.examples.web.ServerFixture.MEMBER;
import static dev.accountsecurity.examples.web.ServerFixture.MEMBER_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.accountsecurity.examples.Authenticator;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** /api/2fa/enrol, qr.png, confirm, disable and recovery-codes. */
class TwoFactorApiTest {
  private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  private ServerFixture fixture;
  private ApiClient client;

  @BeforeEach
  void start() throws IOException {
    fixture = new ServerFixture();
    client = fixture.signedIn(MEMBER, MEMBER_PASSWORD);
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  @Test
  void enrol_signedIn_returnsSecretUriAndQrAddress() {
    ApiClient.Answer answer = client.post("/api/2fa/enrol", "");
    assertEquals(200, answer.status(), answer.text());
    JsonNode body = answer.json();
    String secret = body.get("secret").asText();
    assertTrue(secret.matches("[A-Z2-7]{32}"), secret);
    assertEquals("otpauth://totp/Acme:ben@acme.example?secret=" + secret
        + "&issuer=Acme&algorithm=SHA1&digits=6&period=30", body.get("otpauthUri").asText());
    assertEquals("/api/2fa/qr.png", body.get("qrUrl").asText());
    assertEquals(fixture.clock.instant().plusSeconds(600).toString(),
        body.get("expiresAt").asText());
  }

  @Test
  void qr_pendingEnrolment_png() {
    client.post("/api/2fa/enrol", "{}");
    HttpResponse<byte[]> image = pngOf(client);
    assertEquals(200, image.statusCode());
    assertEquals("image/png", image.headers().firstValue("Content-Type").orElseThrow());
    assertArrayEquals(PNG_MAGIC, Arrays.copyOf(image.body(), 8));
  }

  private HttpResponse<byte[]> pngOf(ApiClient who) {
    try {
      return java.net.http.HttpClient.newHttpClient().send(
          who.builder("/api/2fa/qr.png").header("Cookie", "sid=" + who.sid()).build(),
          HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Test
  void qr_noEnrolment_404() {
    ApiClient.Answer answer = client.get("/api/2fa/qr.png");
    assertEquals(404, answer.status());
    assertEquals("no_pending_enrolment", answer.json().get("error").asText());
  }

  @Test
  void qr_anotherSessionsEnrolment_404() {
    client.post("/api/2fa/enrol", "{}");
    ApiClient other = fixture.signedIn(MEMBER, MEMBER_PASSWORD);
    assertEquals(404, other.get("/api/2fa/qr.png").status());
  }

  @Test
  void confirm_rightCode_enablesAndShowsTenCodesOnce() {
    String secret = client.post("/api/2fa/enrol", "{}").json().get("secret").asText();
    String code = Authenticator.scan(secret, fixture.clock).code();
    ApiClient.Answer answer = client.post("/api/2fa/confirm", "{\"code\":\"" + code + "\"}");
    assertEquals(200, answer.status(), answer.text());
    assertTrue(answer.json().get("enabled").asBoolean());
    List<String> codes = ApiClient.texts(answer.json().get("recoveryCodes"));
    assertEquals(10, codes.size());
    JsonNode me = client.get("/api/me").json();
    assertTrue(me.get("twoFactorEnabled").asBoolean());
    assertEquals(10, me.get("recoveryCodesLeft").asInt());
    assertEquals(404, client.get("/api/2fa/qr.png").status());
  }

  @Test
  void confirm_wrongCode_400AndStillOff() {
    String secret = client.post("/api/2fa/enrol", "{}").json().get("secret").asText();
    String right = Authenticator.scan(secret, fixture.clock).code();
    String wrong = right.equals("000000") ? "111111" : "000000";
    ApiClient.Answer answer = client.post("/api/2fa/confirm", "{\"code\":\"" + wrong + "\"}");
    assertEquals(400, answer.status());
    assertEquals("wrong_code", answer.json().get("error").asText());
    assertTrue(!client.get("/api/me").json().get("twoFactorEnabled").asBoolean());
  }

  @Test
  void confirm_lettersForCode_400Malformed() {
    client.post("/api/2fa/enrol", "{}");
    ApiClient.Answer answer = client.post("/api/2fa/confirm", "{\"code\":\"abcdef\"}");
    assertEquals(400, answer.status());
    assertEquals(ApiClient.json("{\"error\":\"malformed_code\","
        + "\"message\":\"Enter the 6-digit code from your app.\"}"), answer.json());
  }

  @Test
  void confirm_withoutEnrolment_409() {
    ApiClient.Answer answer = client.post("/api/2fa/confirm", "{\"code\":\"123456\"}");
    assertEquals(409, answer.status());
    assertEquals("no_pending_enrolment", answer.json().get("error").asText());
  }

  @Test
  void confirm_missingCode_400() {
    assertEquals("code", client.post("/api/2fa/confirm", "{}").json().get("field").asText());
  }

  @Test
  void enrol_alreadyOn_409() {
    fixture.enrol(client);
    ApiClient.Answer answer = client.post("/api/2fa/enrol", "{}");
    assertEquals(409, answer.status());
    assertEquals(ApiClient.json("{\"error\":\"already_enabled\","
        + "\"message\":\"Two-factor authentication is on already.\"}"), answer.json());
  }

  @Test
  void enrol_notSignedIn_401() {
    assertEquals(401, fixture.client().post("/api/2fa/enrol", "{}").status());
  }

  @Test
  void disable_byPassword_offAndOtherSessionsEnded() {
    ServerFixture.Enrolled enrolled = fixture.enrol(client);
    ApiClient other = fixture.signedInWithCode(MEMBER, MEMBER_PASSWORD, enrolled.app());
    ApiClient.Answer answer = client.post("/api/2fa/disable",
        "{\"password\":\"" + MEMBER_PASSWORD + "\"}");
    assertEquals(200, answer.status(), answer.text());
    assertEquals(ApiClient.json("{\"disabled\":true,\"sessionsRevoked\":1}"), answer.json());
    assertEquals(401, other.get("/api/me").status());
    assertTrue(!client.get("/api/me").json().get("twoFactorEnabled").asBoolean());
  }

  @Test
  void disable_byCode_off() {
    ServerFixture.Enrolled enrolled = fixture.enrol(client);
    fixture.clock.advance(ServerFixture.STEP);
    ApiClient.Answer answer = client.post("/api/2fa/disable",
        "{\"code\":\"" + enrolled.app().code() + "\"}");
    assertEquals(200, answer.status(), answer.text());
  }

  @Test
  void disable_wrongPassword_403AndStillOn() {
    fixture.enrol(client);
    ApiClient.Answer answer = client.post("/api/2fa/disable", "{\"password\":\"Nope-Nope-1\"}");
    assertEquals(403, answer.status());
    assertEquals(ApiClient.json("{\"error\":\"reauthentication_failed\","
        + "\"message\":\"The password or code is incorrect.\"}"), answer.json());
    assertTrue(client.get("/api/me").json().get("twoFactorEnabled").asBoolean());
  }

  @Test
  void disable_bothProofs_400() {
    fixture.enrol(client);
    ApiClient.Answer answer = client.post("/api/2fa/disable",
        "{\"password\":\"x\",\"code\":\"123456\"}");
    assertEquals(400, answer.status());
    assertEquals("ambiguous_proof", answer.json().get("error").asText());
  }

  @Test
  void disable_noProof_400() {
    ApiClient.Answer answer = client.post("/api/2fa/disable", "{}");
    assertEquals(400, answer.status());
    assertEquals("missing_field", answer.json().get("error").asText());
  }

  @Test
  void disable_whenOff_409() {
    ApiClient.Answer answer = client.post("/api/2fa/disable",
        "{\"password\":\"" + MEMBER_PASSWORD + "\"}");
    assertEquals(409, answer.status());
    assertEquals("not_enabled", answer.json().get("error").asText());
  }

  @Test
  void recoveryCodes_byPassword_newCodesOldOnesGone() {
    ServerFixture.Enrolled enrolled = fixture.enrol(client);
    ApiClient.Answer answer = client.post("/api/2fa/recovery-codes",
        "{\"password\":\"" + MEMBER_PASSWORD + "\"}");
    assertEquals(200, answer.status(), answer.text());
    List<String> fresh = ApiClient.texts(answer.json().get("recoveryCodes"));
    assertEquals(10, fresh.size());
    assertNotEquals(enrolled.recoveryCodes(), fresh);
    ApiClient later = fixture.client();
    String challenge = later.post("/api/login", "{\"loginName\":\"" + MEMBER
        + "\",\"password\":\"" + MEMBER_PASSWORD + "\"}").json().get("challenge").asText();
    assertEquals(401, later.post("/api/login/code", "{\"challenge\":\"" + challenge
        + "\",\"code\":\"" + enrolled.recoveryCodes().get(0) + "\"}").status());
  }

  @Test
  void recoveryCodes_wrongPassword_403() {
    fixture.enrol(client);
    ApiClient.Answer answer = client.post("/api/2fa/recovery-codes",
        "{\"password\":\"Nope-Nope-1\"}");
    assertEquals(403, answer.status());
    assertEquals("reauthentication_failed", answer.json().get("error").asText());
  }

  @Test
  void recoveryCodes_whenOff_409() {
    ApiClient.Answer answer = client.post("/api/2fa/recovery-codes",
        "{\"password\":\"" + MEMBER_PASSWORD + "\"}");
    assertEquals(409, answer.status());
  }

  @Test
  void recoveryCodes_passwordAsNumber_400WrongType() {
    fixture.enrol(client);
    ApiClient.Answer answer = client.post("/api/2fa/recovery-codes", "{\"password\":123}");
    assertEquals(400, answer.status());
    assertEquals("wrong_type", answer.json().get("error").asText());
  }
}
