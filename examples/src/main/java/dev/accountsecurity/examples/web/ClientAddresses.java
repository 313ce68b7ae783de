package dev.accountsecurity.examples.web;

import com.sun.net.httpserver.HttpExchange;
import dev.accountsecurity.api.ClientInfo;
import dev.accountsecurity.core.net.ForwardedFor;
import java.util.List;

/**
 * The client as the library should see it: the socket's peer address, or the address a trusted
 * reverse proxy put in X-Forwarded-For, and the User-Agent header. Immutable.
 */
final class ClientAddresses {
  private final ForwardedFor forwarded;

  /** @param trustedProxies CIDR networks of the reverse proxies in front; none by default */
  ClientAddresses(List<String> trustedProxies) {
    this.forwarded = ForwardedFor.trusting(trustedProxies);
  }

  ClientInfo client(HttpExchange exchange) {
    String remote = exchange.getRemoteAddress().getAddress().getHostAddress();
    List<String> headers = exchange.getRequestHeaders().get("X-Forwarded-For");
    String joined = headers == null ? null : String.join(",", headers);
    return ClientInfo.of(forwarded.clientAddress(remote, joined),
        exchange.getRequestHeaders().getFirst("User-Agent"));
  }
}
