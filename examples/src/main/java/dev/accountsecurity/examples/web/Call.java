package dev.accountsecurity.examples.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import dev.accountsecurity.api.ClientInfo;
import dev.accountsecurity.api.Session;
import dev.accountsecurity.api.SessionToken;
import dev.accountsecurity.api.Sessions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One request as a handler sees it: path parameters, query, the JSON body (read once, at most
 * {@link #MAX_BODY_BYTES}), the client, and the caller's session. Used by one thread.
 */
final class Call {
  /** Request bodies above this size are refused with 413. */
  static final int MAX_BODY_BYTES = 16 * 1024;

  private final HttpExchange exchange;
  private final Map<String, String> parameters;
  private final ClientAddresses clients;
  private final Sessions sessions;
  private @Nullable JsonNode body;
  private @Nullable SignedIn signedIn;

  /** The caller's live session and the token that opened it. */
  record SignedIn(Session session, SessionToken token) {}

  Call(HttpExchange exchange, Map<String, String> parameters, ClientAddresses clients,
      Sessions sessions) {
    this.exchange = exchange;
    this.parameters = parameters;
    this.clients = clients;
    this.sessions = sessions;
  }

  String pathParameter(String name) {
    String value = parameters.get(name);
    if (value == null) {
      throw new IllegalStateException("the route has no parameter " + name);
    }
    return value;
  }

  /** A query parameter's decoded value, or null. */
  @Nullable String query(String name) {
    String raw = exchange.getRequestURI().getRawQuery();
    if (raw == null) {
      return null;
    }
    for (String pair : raw.split("&")) {
      int equals = pair.indexOf('=');
      String key = equals < 0 ? pair : pair.substring(0, equals);
      if (decode(key).equals(name)) {
        return equals < 0 ? "" : decode(pair.substring(equals + 1));
      }
    }
    return null;
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw ApiError.badRequest("malformed_query", "The query string is malformed.");
    }
  }

  JsonNode body() {
    if (body == null) {
      body = Json.parse(readBody());
    }
    return body;
  }

  String text(String field) {
    return Json.text(body(), field);
  }

  @Nullable String optionalText(String field) {
    return Json.optionalText(body(), field);
  }

  private byte[] readBody() {
    try (InputStream in = exchange.getRequestBody()) {
      byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
      if (bytes.length > MAX_BODY_BYTES) {
        throw tooLarge();
      }
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException("reading the request body failed", e);
    }
  }

  static ApiError tooLarge() {
    return ApiError.of(413, "body_too_large",
        "The request body must be at most " + MAX_BODY_BYTES / 1024 + " KB.");
  }

  ClientInfo client() {
    return clients.client(exchange);
  }

  /** The caller's live session. @throws ApiError 401 when there is none */
  SignedIn signedIn() {
    if (signedIn == null) {
      signedIn = findSession().orElseThrow(ApiError::notSignedIn);
    }
    return signedIn;
  }

  Session session() {
    return signedIn().session();
  }

  private Optional<SignedIn> findSession() {
    String value = SessionCookie.read(exchange.getRequestHeaders());
    if (value == null || value.isEmpty() || value.length() > 128) {
      return Optional.empty();
    }
    SessionToken token = SessionToken.of(value);
    return sessions.validate(token).map(session -> new SignedIn(session, token));
  }
}
