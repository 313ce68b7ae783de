package dev.accountsecurity.examples.web;

import static dev.accountsecurity.examples.web.ServerFixture.MEMBER;
import static dev.accountsecurity.examples.web.ServerFixture.MEMBER_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.accountsecurity.examples.ProfileServer;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** With the loopback proxy trusted, the address in X-Forwarded-For is the client's. */
class TrustedProxyTest {

  @Test
  void forwardedFor_trustedProxy_clientAddressTaken() throws IOException {
    try (ServerFixture fixture = new ServerFixture();
        ProfileServer proxied = ProfileServer.start(fixture.security, fixture.clock, 0, false,
            List.of("127.0.0.1/32"), List.of())) {
      ApiClient client = new ApiClient(proxied.uri(), "http://127.0.0.1:" + proxied.port());
      client.raw(client.builder("/api/login")
          .POST(ApiClient.body("{\"loginName\":\"" + MEMBER + "\",\"password\":\""
              + MEMBER_PASSWORD + "\"}"))
          .header("Content-Type", "application/json")
          .header("X-Requested-With", "account-security")
          .header("X-Forwarded-For", "80.156.86.78"));
      String address = client.get("/api/sessions").json().get("sessions").get(0)
          .get("ipAddress").asText();
      assertEquals("80.156.86.78", address);
    }
  }
}
