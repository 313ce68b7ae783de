package dev.accountsecurity.core.net;

import dev.accountsecurity.api.AddressKind;
import java.util.List;

/** The special-purpose address ranges that {@link IpAddresses#classify} names. Thread-safe. */
final class SpecialRanges {

  private record Range(Cidr network, AddressKind kind) {}

  // First match wins, so a narrower range must come before a wider one that holds it.
  private static final List<Range> IPV4 = List.of(
      range("127.0.0.0/8", AddressKind.LOOPBACK),
      range("10.0.0.0/8", AddressKind.PRIVATE),
      range("172.16.0.0/12", AddressKind.PRIVATE),
      range("192.168.0.0/16", AddressKind.PRIVATE),
      range("169.254.0.0/16", AddressKind.LINK_LOCAL),
      range("100.64.0.0/10", AddressKind.CARRIER_GRADE_NAT),
      range("192.0.2.0/24", AddressKind.DOCUMENTATION),
      range("198.51.100.0/24", AddressKind.DOCUMENTATION),
      range("203.0.113.0/24", AddressKind.DOCUMENTATION),
      range("0.0.0.0/8", AddressKind.RESERVED),
      range("192.0.0.0/24", AddressKind.RESERVED),
      range("198.18.0.0/15", AddressKind.RESERVED),
      range("224.0.0.0/4", AddressKind.RESERVED),
      range("240.0.0.0/4", AddressKind.RESERVED));

  private static final List<Range> IPV6 = List.of(
      range("::/128", AddressKind.RESERVED),
      range("::1/128", AddressKind.LOOPBACK),
      range("fc00::/7", AddressKind.PRIVATE),
      range("fe80::/10", AddressKind.LINK_LOCAL),
      range("ff00::/8", AddressKind.RESERVED),
      range("64:ff9b::/96", AddressKind.RESERVED),
      range("2001:db8::/32", AddressKind.DOCUMENTATION),
      range("3fff::/20", AddressKind.DOCUMENTATION),
      range("2001:2::/48", AddressKind.RESERVED));

  // IANA has allocated only 2000::/3 for global unicast; the rest of the space is reserved.
  private static final Cidr GLOBAL_UNICAST = Cidr.parse("2000::/3");

  private SpecialRanges() {}

  /**
   * Classifies an address.
   *
   * @param bytes 4 bytes for IPv4 or 16 for IPv6, not IPv4-mapped
   * @return the kind
   */
  static AddressKind classify(byte[] bytes) {
    boolean ipv4 = bytes.length == 4;
    for (Range range : ipv4 ? IPV4 : IPV6) {
      if (range.network().contains(bytes)) {
        return range.kind();
      }
    }
    return ipv4 || GLOBAL_UNICAST.contains(bytes) ? AddressKind.PUBLIC : AddressKind.RESERVED;
  }

  private static Range range(String network, AddressKind kind) {
    return new Range(Cidr.parse(network), kind);
  }
}
