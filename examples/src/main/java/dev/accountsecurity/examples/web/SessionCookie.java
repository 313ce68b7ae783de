package dev.accountsecurity.examples.web;

import com.sun.net.httpserver.Headers;
import org.jspecify.annotations.Nullable;

/**
 * The session token's cookie, {@code sid}: HttpOnly so scripts cannot read it, SameSite=Strict
 * so other sites' pages do not send it, Secure where the server is reached over HTTPS. Immutable.
 */
final class SessionCookie {
  static final String NAME = "sid";

  private final boolean secure;

  SessionCookie(boolean secure) {
    this.secure = secure;
  }

  String set(String token) {
    return NAME + "=" + token + attributes();
  }

  String clear() {
    return NAME + "=" + attributes() + "; Max-Age=0";
  }

  private String attributes() {
    return "; Path=/; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "");
  }

  /** The first {@code sid} value among the request's cookies, or null. */
  static @Nullable String read(Headers headers) {
    for (String header : headers.getOrDefault("Cookie", java.util.List.of())) {
      for (String pair : header.split(";")) {
        int equals = pair.indexOf('=');
        if (equals > 0 && pair.substring(0, equals).strip().equals(NAME)) {
          return pair.substring(equals + 1).strip();
        }
      }
    }
    return null;
  }
}
