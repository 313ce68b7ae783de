package dev.accountsecurity.examples.web;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.accountsecurity.api.Sessions;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every request passes here: route, cross-site check for state-changing methods, size check,
 * handler, and the reply with its security headers. A person's mistake becomes a 4xx with a
 * JSON message; anything else a logged 500 that tells nothing about the inside. Thread-safe.
 */
final class Dispatcher implements HttpHandler {
  private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);
  private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

  private final Router router;
  private final CrossSiteGuard guard;
  private final ClientAddresses clients;
  private final Sessions sessions;
  private final SessionCookie cookie;

  Dispatcher(Router router, CrossSiteGuard guard, ClientAddresses clients, Sessions sessions,
      SessionCookie cookie) {
    this.router = router;
    this.guard = guard;
    this.clients = clients;
    this.sessions = sessions;
    this.cookie = cookie;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    Reply reply;
    try {
      reply = answer(exchange);
    } catch (ApiError e) {
      reply = error(e, exchange.getRequestHeaders());
    } catch (RuntimeException e) {
      LOG.error("{} {} failed", exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
          e);
      reply = Reply.json(500, Map.of("error", "internal_error",
          "message", "Something went wrong on our side. Please try again."));
    }
    send(exchange, reply);
  }

  private Reply answer(HttpExchange exchange) {
    String method = exchange.getRequestMethod();
    Router.Match match = router.match(method, exchange.getRequestURI().getPath());
    if (match instanceof Router.Match.NotFound) {
      throw ApiError.notFound("not_found", "There is nothing at this address.");
    }
    if (match instanceof Router.Match.WrongMethod wrong) {
      String allowed = String.join(", ", wrong.allowed());
      return error(ApiError.of(405, "method_not_allowed", "This address takes " + allowed + ".")
          .with("allowed", wrong.allowed()), exchange.getRequestHeaders())
          .header("Allow", allowed);
    }
    Headers headers = exchange.getRequestHeaders();
    if (STATE_CHANGING.contains(method)) {
      guard.check(headers);
    }
    checkDeclaredLength(headers.getFirst("Content-Length"));
    Router.Match.Found found = (Router.Match.Found) match;
    return found.handler().handle(new Call(exchange, found.parameters(), clients, sessions));
  }

  /** Refuses a body declared too large before reading any of it. */
  private static void checkDeclaredLength(@Nullable String contentLength) {
    if (contentLength == null) {
      return;
    }
    try {
      if (Long.parseLong(contentLength.strip()) > Call.MAX_BODY_BYTES) {
        throw Call.tooLarge();
      }
    } catch (NumberFormatException e) {
      throw ApiError.badRequest("bad_content_length", "The Content-Length header is malformed.");
    }
  }

  private Reply error(ApiError e, Headers request) {
    Reply reply = Reply.json(e.status(), e.body());
    if (e.status() == 401 && SessionCookie.read(request) != null) {
      reply.cookie(cookie.clear()); // A stale cookie is of no further use to the browser.
    }
    Object retryAfter = e.body().get("retryAfter");
    if (retryAfter != null) {
      reply.header("Retry-After", retryAfter.toString());
    }
    return reply;
  }

  private static void send(HttpExchange exchange, Reply reply) throws IOException {
    byte[] body = reply.bytes() != null ? reply.bytes() : Json.write(reply.json());
    Headers headers = exchange.getResponseHeaders();
    headers.set("Content-Type", reply.contentType());
    headers.set("Cache-Control", "no-store");
    headers.set("X-Content-Type-Options", "nosniff");
    headers.set("X-Frame-Options", "DENY");
    headers.set("Referrer-Policy", "no-referrer");
    reply.headers().forEach(headers::set);
    reply.cookies().forEach(value -> headers.add("Set-Cookie", value));
    try (OutputStream out = exchange.getResponseBody()) {
      exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
      out.write(body);
    } catch (IOException e) {
      LOG.debug("The client went away before the reply was sent", e);
    } finally {
      exchange.close();
    }
  }
}
