package dev.accountsecurity.core.net;

import java.net.InetAddress;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Finds the client's address behind reverse proxies the host trusts, from the connection's
 * remote address and the {@code X-Forwarded-For} header.
 *
 * <p>Each proxy appends the address it received the request from, so the header is read from
 * the right: entries that are trusted proxies are passed over, and the first one that is not is
 * the client. Entries to the left of it were written by the client itself and are ignored, which
 * is what keeps a forged header from choosing the address. A request whose remote address is not
 * a trusted proxy did not come through one, and its header is ignored altogether.
 *
 * <p>An entry that is not an address literal (a host name, {@code unknown}, an address with a
 * port, garbage) stops the walk: nothing left of it can be placed, so the last address the walk
 * could read, a trusted proxy, stands for the client. The same holds when every entry is a
 * trusted proxy. Only the right-most 4096 characters and 64 non-empty entries of the header are
 * read; empty entries are skipped. A host that receives the header several times joins the
 * values with commas, in order, before calling.
 *
 * <p>Immutable and thread-safe.
 */
public final class ForwardedFor {

  /** The most header characters read, counted from the right. */
  static final int MAX_HEADER_LENGTH = 4096;

  /** The most non-empty entries read, counted from the right. */
  static final int MAX_ENTRIES = 64;

  private final List<Cidr> trustedProxies;

  private ForwardedFor(List<Cidr> trustedProxies) {
    this.trustedProxies = trustedProxies;
  }

  /**
   * Returns a reader that trusts the given proxy networks.
   *
   * @param trustedProxiesCidrs networks in CIDR notation such as {@code 10.0.0.0/8} or {@code
   *     2001:db8::/32}; a bare address trusts that address alone; no networks trusts nobody
   * @return the reader
   * @throws NullPointerException if the collection or one of its networks is null
   * @throws IllegalArgumentException naming the network, if one is not a valid CIDR network or
   *     has bits set after its prefix
   */
  public static ForwardedFor trusting(Collection<String> trustedProxiesCidrs) {
    Objects.requireNonNull(trustedProxiesCidrs, "trustedProxiesCidrs");
    return new ForwardedFor(trustedProxiesCidrs.stream().map(Cidr::parse).toList());
  }

  /**
   * Returns the client's address.
   *
   * @param remoteAddress the address of the connection's peer, as the server saw it
   * @param xForwardedFor the {@code X-Forwarded-For} header, several joined with commas, or null
   *     when absent
   * @return the remote address unchanged when it is not a trusted proxy or no usable entry
   *     follows it; otherwise an address from the header, in canonical text
   * @throws NullPointerException if remoteAddress is null
   */
  public String clientAddress(String remoteAddress, @Nullable String xForwardedFor) {
    Objects.requireNonNull(remoteAddress, "remoteAddress");
    Optional<InetAddress> remote = IpAddresses.parse(remoteAddress);
    if (xForwardedFor == null || remote.isEmpty() || !isTrusted(remote.get())) {
      return remoteAddress;
    }
    return walk(xForwardedFor, remoteAddress);
  }

  private String walk(String header, String remoteAddress) {
    int start = Math.max(0, header.length() - MAX_HEADER_LENGTH);
    String lastGood = remoteAddress;
    int end = header.length();
    int entries = 0;
    while (end > start && entries < MAX_ENTRIES) {
      int comma = header.lastIndexOf(',', end - 1);
      int from = Math.max(comma + 1, start);
      // The left-most entry may be a fragment when the header was cut inside it.
      boolean cutOff = comma < start && start > 0 && header.charAt(start - 1) != ',';
      String entry = header.substring(from, end).strip();
      end = comma;
      if (entry.isEmpty()) {
        continue;
      }
      entries++;
      Optional<InetAddress> address = cutOff ? Optional.empty() : IpAddresses.parse(entry);
      if (address.isEmpty()) {
        return lastGood;
      }
      lastGood = IpAddresses.format(address.get());
      if (!isTrusted(address.get())) {
        return lastGood;
      }
    }
    return lastGood;
  }

  private boolean isTrusted(InetAddress address) {
    byte[] bytes = IpAddresses.plainBytes(address);
    for (Cidr network : trustedProxies) {
      if (network.contains(bytes)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return "ForwardedFor" + trustedProxies;
  }
}
