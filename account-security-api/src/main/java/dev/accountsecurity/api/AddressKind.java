package dev.accountsecurity.api;

/** What kind of network an IP address belongs to. */
public enum AddressKind {
  /** A public, routable address: the only kind a location database can place. */
  PUBLIC,
  /** The host itself: 127.0.0.0/8 and ::1. */
  LOOPBACK,
  /** A private network: 10/8, 172.16/12, 192.168/16 and fc00::/7. */
  PRIVATE,
  /** A link-local address: 169.254/16 and fe80::/10. */
  LINK_LOCAL,
  /** Carrier-grade NAT, shared address space: 100.64/10. */
  CARRIER_GRADE_NAT,
  /**
   * Ranges reserved for documentation: 192.0.2/24, 198.51.100/24, 203.0.113/24, 2001:db8::/32
   * and 3fff::/20.
   */
  DOCUMENTATION,
  /** Any other reserved range, such as 0.0.0.0/8, multicast or 240/4. */
  RESERVED,
  /** The text was not an IP address. */
  INVALID
}
