package dev.accountsecurity.examples.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a handler answers: a status, a JSON value or raw bytes, and extra headers (cookies
 * among them). Not thread-safe; built and sent by one request's thread.
 */
final class Reply {
  private final int status;
  private final @Nullable Object json;
  private final byte @Nullable [] bytes;
  private final String contentType;
  private final Map<String, String> headers = new LinkedHashMap<>();
  private final List<String> cookies = new ArrayList<>();

  private Reply(int status, @Nullable Object json, byte @Nullable [] bytes, String contentType) {
    this.status = status;
    this.json = json;
    this.bytes = bytes;
    this.contentType = contentType;
  }

  static Reply json(Object body) {
    return json(200, body);
  }

  static Reply json(int status, Object body) {
    return new Reply(status, Objects.requireNonNull(body, "body"), null, Json.CONTENT_TYPE);
  }

  static Reply bytes(byte[] body, String contentType) {
    return new Reply(200, null, Objects.requireNonNull(body, "body"), contentType);
  }

  Reply header(String name, String value) {
    headers.put(name, value);
    return this;
  }

  Reply cookie(String setCookie) {
    cookies.add(setCookie);
    return this;
  }

  int status() {
    return status;
  }

  @Nullable Object json() {
    return json;
  }

  byte @Nullable [] bytes() {
    return bytes;
  }

  String contentType() {
    return contentType;
  }

  Map<String, String> headers() {
    return headers;
  }

  List<String> cookies() {
    return cookies;
  }
}
