package dev.accountsecurity.examples.web;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A request a person could have sent differently: becomes a 4xx reply with a JSON body of an
 * error code, a message to show, and details. Thrown by handlers and the dispatcher; never
 * carries a secret.
 */
final class ApiError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String code;
  private final transient Map<String, @Nullable Object> details;

  private ApiError(int status, String code, String message,
      Map<String, @Nullable Object> details) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
    this.details = details;
  }

  static ApiError of(int status, String code, String message) {
    return new ApiError(status, code, message, new LinkedHashMap<>());
  }

  static ApiError badRequest(String code, String message) {
    return of(400, code, message);
  }

  static ApiError notSignedIn() {
    return of(401, "not_signed_in", "Please sign in.");
  }

  static ApiError notFound(String code, String message) {
    return of(404, code, message);
  }

  static ApiError conflict(String code, String message) {
    return of(409, code, message);
  }

  static ApiError tooManyAttempts(String code, String message, Duration retryAfter) {
    return of(429, code, message).with("retryAfter", RetryAfter.seconds(retryAfter));
  }

  /** Adds a detail to the JSON body. */
  ApiError with(String name, @Nullable Object value) {
    details.put(name, value);
    return this;
  }

  int status() {
    return status;
  }

  String code() {
    return code;
  }

  /** The JSON body: error code, message, then the details. */
  Map<String, @Nullable Object> body() {
    Map<String, @Nullable Object> body = new LinkedHashMap<>();
    body.put("error", code);
    body.put("message", getMessage());
    body.putAll(details);
    return body;
  }
}
