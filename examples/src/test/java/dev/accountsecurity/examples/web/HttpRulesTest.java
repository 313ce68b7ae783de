package dev.accountsecurity.examples.web;

import static dev.accountsecurity.examples.web.ServerFixture.MEMBER;
import static dev.accountsecurity.examples.web.ServerFixture.MEMBER_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What holds for every request: cross-site checks, sizes, routes, methods, the page. */
class HttpRulesTest {
  private static final String LOGIN = "{\"loginName\":\"" + MEMBER + "\",\"password\":\""
      + MEMBER_PASSWORD + "\"}";

  private ServerFixture fixture;

  @BeforeEach
  void start() throws IOException {
    fixture = new ServerFixture();
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  private HttpRequest.Builder login(ApiClient client) {
    return client.builder("/api/login").POST(ApiClient.body(LOGIN));
  }

  @Test
  void post_withoutCustomHeader_403() {
    ApiClient client = fixture.client();
    ApiClient.Answer answer = client.raw(login(client).header("Content-Type",
        "application/json"));
    assertEquals(403, answer.status());
    assertEquals(ApiClient.json("{\"error\":\"cross_site_refused\",\"message\":\"State-changing"
        + " requests must send X-Requested-With: account-security.\"}"), answer.json());
    assertEquals(java.util.List.of(), answer.cookies());
  }

  @Test
  void post_formContentType_403() {
    ApiClient client = fixture.client();
    ApiClient.Answer answer = client.raw(login(client)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("X-Requested-With", "account-security"));
    assertEquals(403, answer.status());
    assertEquals("cross_site_refused", answer.json().get("error").asText());
  }

  @Test
  void post_foreignOrigin_403() {
    ApiClient client = fixture.client();
    ApiClient.Answer answer = client.raw(login(client)
        .header("Content-Type", "application/json")
        .header("X-Requested-With", "account-security")
        .header("Origin", "https://evil.example"));
    assertEquals(403, answer.status());
    assertEquals(ApiClient.json("{\"error\":\"cross_site_refused\","
        + "\"message\":\"Requests from other sites are refused.\"}"), answer.json());
  }

  @Test
  void post_sameOriginOrNoOrigin_allowed() {
    ApiClient client = fixture.client();
    assertEquals(200, client.raw(login(client)
        .header("Content-Type", "application/json; charset=utf-8")
        .header("X-Requested-With", "account-security")).status());
    assertEquals(200, client.raw(login(client)
        .header("Content-Type", "application/json")
        .header("X-Requested-With", "account-security")
        .header("Origin", "http://localhost:" + fixture.server.port())).status());
  }

  @Test
  void delete_signedInButForeignOrigin_403AndSessionLives() {
    ApiClient client = fixture.signedIn(MEMBER, MEMBER_PASSWORD);
    String id = client.get("/api/me").json().get("session").get("id").asText();
    ApiClient.Answer answer = client.raw(client.builder("/api/sessions/" + id)
        .method("DELETE", ApiClient.body(""))
        .header("Content-Type", "application/json")
        .header("X-Requested-With", "account-security")
        .header("Origin", "http://127.0.0.1:1"));
    assertEquals(403, answer.status());
    assertEquals(200, client.get("/api/me").status());
  }

  @Test
  void post_bodyOver16Kb_413() {
    String big = "{\"loginName\":\"" + "a".repeat(20_000) + "\",\"password\":\"x\"}";
    ApiClient.Answer answer = fixture.client().post("/api/login", big);
    assertEquals(413, answer.status());
    assertEquals(ApiClient.json("{\"error\":\"body_too_large\","
        + "\"message\":\"The request body must be at most 16 KB.\"}"), answer.json());
  }

  @Test
  void unknownRoute_404() {
    ApiClient.Answer answer = fixture.client().get("/api/nothing-here");
    assertEquals(404, answer.status());
    assertEquals(ApiClient.json("{\"error\":\"not_found\","
        + "\"message\":\"There is nothing at this address.\"}"), answer.json());
  }

  @Test
  void wrongMethod_405WithAllow() {
    ApiClient.Answer answer = fixture.client().get("/api/login");
    assertEquals(405, answer.status());
    assertEquals("POST", answer.header("Allow").orElseThrow());
    assertEquals(ApiClient.json("{\"error\":\"method_not_allowed\","
        + "\"message\":\"This address takes POST.\",\"allowed\":[\"POST\"]}"), answer.json());
  }

  @Test
  void page_served_withPolicyAndNoStore() {
    ApiClient.Answer answer = fixture.client().get("/");
    assertEquals(200, answer.status());
    assertEquals("text/html; charset=utf-8", answer.header("Content-Type").orElseThrow());
    assertTrue(answer.header("Content-Security-Policy").orElseThrow()
        .startsWith("default-src 'none'; script-src 'self';"));
    assertEquals("no-store", answer.header("Cache-Control").orElseThrow());
    assertEquals("DENY", answer.header("X-Frame-Options").orElseThrow());
    assertTrue(answer.text().contains("id=\"totp-secret\""));
    assertEquals(200, fixture.client().get("/profile.js").status());
    assertEquals("text/css; charset=utf-8",
        fixture.client().get("/profile.css").header("Content-Type").orElseThrow());
  }

  @Test
  void forwardedFor_untrustedPeer_ignored() {
    ApiClient client = fixture.client();
    client.raw(login(client)
        .header("Content-Type", "application/json")
        .header("X-Requested-With", "account-security")
        .header("X-Forwarded-For", "80.156.86.78"));
    String address = client.get("/api/sessions").json().get("sessions").get(0)
        .get("ipAddress").asText();
    assertEquals("127.0.0.1", address);
  }
}
