package dev.accountsecurity.examples.web;

import com.sun.net.httpserver.Headers;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Refuses state-changing requests that another site's page could have made: they must declare
 * a JSON body (a plain HTML form cannot), carry a custom header (a cross-site script cannot
 * without a CORS preflight, which this server never grants), and, when the browser names an
 * Origin, come from this server's own. Immutable.
 */
final class CrossSiteGuard {
  static final String HEADER = "X-Requested-With";
  static final String HEADER_VALUE = "account-security";

  private final Set<String> origins;

  /** @param origins the origins this server is reached at, such as http://127.0.0.1:8080 */
  CrossSiteGuard(Set<String> origins) {
    this.origins = Set.copyOf(origins);
  }

  void check(Headers headers) {
    if (!isJson(headers.getFirst("Content-Type"))) {
      throw ApiError.of(403, "cross_site_refused",
          "State-changing requests must send Content-Type: application/json.");
    }
    if (!HEADER_VALUE.equals(headers.getFirst(HEADER))) {
      throw ApiError.of(403, "cross_site_refused",
          "State-changing requests must send " + HEADER + ": " + HEADER_VALUE + ".");
    }
    String origin = headers.getFirst("Origin");
    if (origin != null && !origins.contains(origin)) {
      throw ApiError.of(403, "cross_site_refused", "Requests from other sites are refused.");
    }
  }

  private static boolean isJson(@Nullable String contentType) {
    if (contentType == null) {
      return false;
    }
    String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    return type.equals("application/json");
  }
}
