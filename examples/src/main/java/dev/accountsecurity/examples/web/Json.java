package dev.accountsecurity.examples.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * JSON in and out: one shared mapper (dates as ISO-8601 text) and the checks that turn a
 * request body into fields or a 400 that says which field is wrong. Thread-safe.
 */
final class Json {
  static final String CONTENT_TYPE = "application/json; charset=utf-8";

  static final ObjectMapper MAPPER = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .build();

  private Json() {}

  static byte[] write(Object value) {
    try {
      return MAPPER.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a reply could not be written as JSON", e);
    }
  }

  /** A JSON object of names and values, in the order given; values may be null. */
  static Map<String, @Nullable Object> object(Object... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("names and values must pair up");
    }
    Map<String, @Nullable Object> object = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      object.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return object;
  }

  /**
   * Reads a request body that must be a JSON object; an empty body reads as an empty object.
   *
   * @throws ApiError 400 for anything else
   */
  static JsonNode parse(byte[] body) {
    if (body.length == 0) {
      return MAPPER.createObjectNode();
    }
    JsonNode node;
    try {
      node = MAPPER.readTree(body);
    } catch (IOException e) {
      throw ApiError.badRequest("malformed_json", "The request body is not valid JSON.");
    }
    if (node == null || !node.isObject()) {
      throw ApiError.badRequest("not_an_object", "The request body must be a JSON object.");
    }
    return node;
  }

  /** A field that must be present and a string. */
  static String text(JsonNode body, String field) {
    String value = optionalText(body, field);
    if (value == null) {
      throw ApiError.badRequest("missing_field", field + " is required.").with("field", field);
    }
    return value;
  }

  /** A field that may be absent or null, and is otherwise a string. */
  static @Nullable String optionalText(JsonNode body, String field) {
    JsonNode value = body.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw ApiError.badRequest("wrong_type", field + " must be a string.").with("field", field);
    }
    return value.textValue();
  }
}
