package dev.accountsecurity.examples.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A browser as the tests need one: sends what the page's script sends (JSON, the custom header,
 * this server's Origin), keeps the {@code sid} cookie by hand so tests can forge or drop it, and
 * can also send what a hostile page would.
 */
final class ApiClient {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(5)).build();

  private final URI base;
  private final String origin;
  private String sid;

  ApiClient(URI base, String origin) {
    this.base = base;
    this.origin = origin;
  }

  /** What came back. */
  record Answer(int status, String text, HttpResponse<String> response) {
    JsonNode json() {
      try {
        return MAPPER.readTree(text);
      } catch (IOException e) {
        throw new UncheckedIOException("not JSON: " + text, e);
      }
    }

    Optional<String> header(String name) {
      return response.headers().firstValue(name);
    }

    List<String> cookies() {
      return response.headers().allValues("Set-Cookie");
    }
  }

  String sid() {
    return sid;
  }

  void sid(String value) {
    this.sid = value;
  }

  Answer get(String path) {
    return send(builder(path).GET());
  }

  Answer post(String path, String json) {
    return send(jsonRequest(path).POST(body(json)));
  }

  Answer put(String path, String json) {
    return send(jsonRequest(path).PUT(body(json)));
  }

  Answer delete(String path) {
    return send(jsonRequest(path).method("DELETE", body("")));
  }

  /** A request as the caller builds it: only the cookie is added. */
  Answer raw(HttpRequest.Builder request) {
    return send(request);
  }

  HttpRequest.Builder builder(String path) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path))
        .timeout(Duration.ofSeconds(10));
    return builder;
  }

  private HttpRequest.Builder jsonRequest(String path) {
    return builder(path)
        .header("Content-Type", "application/json")
        .header("X-Requested-With", "account-security")
        .header("Origin", origin);
  }

  static HttpRequest.BodyPublisher body(String json) {
    return HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8);
  }

  private Answer send(HttpRequest.Builder request) {
    if (sid != null) {
      request.header("Cookie", "sid=" + sid);
    }
    try {
      HttpResponse<String> response = HTTP.send(request.build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      keepCookie(response);
      return new Answer(response.statusCode(), response.body(), response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private void keepCookie(HttpResponse<String> response) {
    for (String cookie : response.headers().allValues("Set-Cookie")) {
      if (cookie.startsWith("sid=")) {
        String value = cookie.substring(4, cookie.indexOf(';'));
        sid = value.isEmpty() ? null : value;
      }
    }
  }

  static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(node -> texts.add(node.asText()));
    return texts;
  }

  static JsonNode json(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
