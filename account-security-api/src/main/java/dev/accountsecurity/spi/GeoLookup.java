package dev.accountsecurity.spi;

import dev.accountsecurity.api.Location;
import java.net.InetAddress;

/**
 * Turns an IP address into a location. Unknown is a normal answer, never an exception.
 * Implementations are thread-safe and do no network I/O.
 */
@FunctionalInterface
public interface GeoLookup {

  /**
   * Locates an address. IPv4-mapped IPv6 addresses arrive already unmapped, as IPv4.
   *
   * @param address the address, parsed from a literal (no name lookup happened)
   * @return the location; {@link Location#unknown} when not known
   */
  Location locate(InetAddress address);
}
