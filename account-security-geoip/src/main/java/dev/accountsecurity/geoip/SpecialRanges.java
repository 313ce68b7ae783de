package dev.accountsecurity.geoip;

import dev.accountsecurity.api.AddressKind;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * The special-purpose address ranges, so that no database is asked about them: real files
 * place some of them in a country (the ip-location-db country file puts 192.168.0.0/16,
 * 172.16.0.0/12 and two documentation ranges in Australia). The same ranges as core's {@code
 * IpAddresses.classify}, repeated because this module depends on the API alone; keep the two in
 * step. Thread-safe.
 */
final class SpecialRanges {

  private record Range(byte[] network, int prefixLength, AddressKind kind) {

    boolean contains(byte[] address) {
      if (address.length != network.length) {
        return false;
      }
      int whole = prefixLength / 8;
      for (int i = 0; i < whole; i++) {
        if (address[i] != network[i]) {
          return false;
        }
      }
      int rest = prefixLength % 8;
      int mask = (0xff00 >> rest) & 0xff;
      return rest == 0 || (address[whole] & mask) == (network[whole] & mask);
    }
  }

  // First match wins, so a narrower range must come before a wider one that holds it.
  private static final List<Range> RANGES = List.of(
      range("127.0.0.0", 8, AddressKind.LOOPBACK),
      range("10.0.0.0", 8, AddressKind.PRIVATE),
      range("172.16.0.0", 12, AddressKind.PRIVATE),
      range("192.168.0.0", 16, AddressKind.PRIVATE),
      range("169.254.0.0", 16, AddressKind.LINK_LOCAL),
      range("100.64.0.0", 10, AddressKind.CARRIER_GRADE_NAT),
      range("192.0.2.0", 24, AddressKind.DOCUMENTATION),
      range("198.51.100.0", 24, AddressKind.DOCUMENTATION),
      range("203.0.113.0", 24, AddressKind.DOCUMENTATION),
      range("0.0.0.0", 8, AddressKind.RESERVED),
      range("192.0.0.0", 24, AddressKind.RESERVED),
      range("198.18.0.0", 15, AddressKind.RESERVED),
      range("224.0.0.0", 4, AddressKind.RESERVED),
      range("240.0.0.0", 4, AddressKind.RESERVED),
      range("::", 128, AddressKind.RESERVED),
      range("::1", 128, AddressKind.LOOPBACK),
      range("fc00::", 7, AddressKind.PRIVATE),
      range("fe80::", 10, AddressKind.LINK_LOCAL),
      range("ff00::", 8, AddressKind.RESERVED),
      range("2001:db8::", 32, AddressKind.DOCUMENTATION),
      range("3fff::", 20, AddressKind.DOCUMENTATION),
      range("2001:2::", 48, AddressKind.RESERVED),
      // IANA has allocated only 2000::/3 for global unicast; the rest of the space is reserved.
      range("2000::", 3, AddressKind.PUBLIC),
      range("::", 0, AddressKind.RESERVED));

  private SpecialRanges() {}

  /**
   * Classifies an address.
   *
   * @param address the address, IPv4-mapped addresses already unmapped
   * @return its kind; {@link AddressKind#PUBLIC} for an address in no special range
   */
  static AddressKind classify(InetAddress address) {
    byte[] bytes = address.getAddress();
    for (Range range : RANGES) {
      if (range.contains(bytes)) {
        return range.kind();
      }
    }
    return AddressKind.PUBLIC;
  }

  private static Range range(String literal, int prefixLength, AddressKind kind) {
    try {
      // Only the numeric literals above pass through here: the JDK parses them, no lookup.
      return new Range(InetAddress.getByName(literal).getAddress(), prefixLength, kind);
    } catch (UnknownHostException e) {
      throw new ExceptionInInitializerError(e);
    }
  }
}
