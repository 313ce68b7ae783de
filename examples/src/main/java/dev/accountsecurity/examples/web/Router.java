package dev.accountsecurity.examples.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Maps a method and a path to a handler. Paths are literal segments and {@code {name}}
 * placeholders that match one non-empty segment. Built once, then read by many threads.
 */
final class Router {
  private final List<Route> routes = new ArrayList<>();

  private record Route(String method, List<String> segments, Handler handler) {}

  /** What a request's method and path lead to. */
  sealed interface Match {
    /** A handler and the values of the path's placeholders. */
    record Found(Handler handler, Map<String, String> parameters) implements Match {}

    /** The path is known, the method is not: the methods that are. */
    record WrongMethod(Set<String> allowed) implements Match {}

    /** Nothing is at this path. */
    record NotFound() implements Match {}
  }

  Router get(String path, Handler handler) {
    return add("GET", path, handler);
  }

  Router post(String path, Handler handler) {
    return add("POST", path, handler);
  }

  Router put(String path, Handler handler) {
    return add("PUT", path, handler);
  }

  Router delete(String path, Handler handler) {
    return add("DELETE", path, handler);
  }

  private Router add(String method, String path, Handler handler) {
    routes.add(new Route(method, segments(path), Objects.requireNonNull(handler, "handler")));
    return this;
  }

  Match match(String method, String path) {
    List<String> segments = segments(path);
    Set<String> allowed = new TreeSet<>();
    for (Route route : routes) {
      Map<String, String> parameters = bind(route.segments(), segments);
      if (parameters == null) {
        continue;
      }
      if (route.method().equals(method)) {
        return new Match.Found(route.handler(), parameters);
      }
      allowed.add(route.method());
    }
    return allowed.isEmpty() ? new Match.NotFound() : new Match.WrongMethod(allowed);
  }

  private static @Nullable Map<String, String> bind(List<String> pattern, List<String> path) {
    if (pattern.size() != path.size()) {
      return null;
    }
    Map<String, String> parameters = new LinkedHashMap<>();
    for (int i = 0; i < pattern.size(); i++) {
      String expected = pattern.get(i);
      String actual = path.get(i);
      if (expected.startsWith("{") && expected.endsWith("}") && !actual.isEmpty()) {
        parameters.put(expected.substring(1, expected.length() - 1), actual);
      } else if (!expected.equals(actual)) {
        return null;
      }
    }
    return parameters;
  }

  /** "/api/sessions/x" as ["api", "sessions", "x"]; "/" as [""]. */
  private static List<String> segments(String path) {
    String trimmed = path.startsWith("/") ? path.substring(1) : path;
    return List.of(trimmed.split("/", -1));
  }
}
