package dev.accountsecurity.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.accountsecurity.api.UserAccount;
import dev.accountsecurity.api.event.SecurityEvent;
import org.junit.jupiter.api.Test;

class SecurityEventJsonTest {
  private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  @Test
  void events_serialiseWithTypeAndRoundTrip() throws Exception {
    Fixture f = new Fixture();
    UserAccount user = f.createUser("ana@example.com");
    Fixture.Enrolled enrolled = f.enrol(user.id());
    f.security.twoFactor().verify(user.id(), enrolled.codes().codes().get(0));

    for (SecurityEvent event : f.events) {
      String text = json.writeValueAsString(event);
      JsonNode node = json.readTree(text);
      assertEquals(event.getClass().getSimpleName(), node.get("type").asText());
      assertEquals(user.id().value(), node.get("user").asText());
      assertEquals(event, json.readValue(text, SecurityEvent.class));
      for (String code : enrolled.codes().codes()) {
        assertFalse(text.contains(code), "no recovery code in " + text);
      }
    }
    assertEquals(2, f.events.size());
  }
}
