package dev.accountsecurity.core.net;

import dev.accountsecurity.api.Location;
import dev.accountsecurity.spi.GeoLookup;
import java.net.InetAddress;
import java.util.Objects;

/**
 * The location lookup to use when there is no location database: it places no address, but
 * names the kind of network each belongs to, so a login from a private network or this machine
 * is shown as such and every other address as an unknown public location.
 *
 * <p>Stateless and thread-safe.
 */
public final class DefaultGeoLookup implements GeoLookup {

  /** Creates the lookup. It holds no data and no resources. */
  public DefaultGeoLookup() {}

  /**
   * Returns the unknown location of the address's kind, as {@link IpAddresses#classify} tells
   * it.
   *
   * @param address the address
   * @return a location with no names or coordinates
   * @throws NullPointerException if address is null
   */
  @Override
  public Location locate(InetAddress address) {
    Objects.requireNonNull(address, "address");
    return Location.unknown(IpAddresses.classify(address));
  }
}
