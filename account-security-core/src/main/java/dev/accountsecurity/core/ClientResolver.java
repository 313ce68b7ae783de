package dev.accountsecurity.core;

import dev.accountsecurity.api.AddressKind;
import dev.accountsecurity.api.ClientInfo;
import dev.accountsecurity.api.Device;
import dev.accountsecurity.api.Location;
import dev.accountsecurity.core.device.DeviceDetector;
import dev.accountsecurity.core.net.IpAddresses;
import dev.accountsecurity.spi.GeoLookup;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns what a host knows of a client into what is recorded: address, location, device. */
final class ClientResolver {
  private static final Logger LOG = LoggerFactory.getLogger(ClientResolver.class);

  /** Bytes of an IPv6 address that name its network: a /64 is one host's, by convention. */
  private static final int IPV6_NETWORK_BYTES = 8;
  /** The first 12 bytes of the NAT64 well-known prefix 64:ff9b::/96. */
  private static final byte[] NAT64 = {0, 0x64, (byte) 0xff, (byte) 0x9b, 0, 0, 0, 0, 0, 0, 0, 0};

  /**
   * The recorded view of a client, and the text its address is throttled under: empty when
   * there is no valid address.
   */
  record Client(String address, Location location, Device device, String throttledAs) {}

  private final GeoLookup geo;
  private final DeviceDetector devices;
  private final boolean truncate;

  ClientResolver(GeoLookup geo, DeviceDetector devices, boolean truncate) {
    this.geo = geo;
    this.devices = devices;
    this.truncate = truncate;
  }

  Client resolve(ClientInfo client) {
    Device device = devices.detect(client.userAgent());
    Optional<InetAddress> parsed = IpAddresses.parse(client.ipAddress());
    if (parsed.isEmpty()) {
      // Not an address: nothing to locate, and nothing worth keeping.
      return new Client("", Location.unknown(AddressKind.INVALID), device, "");
    }
    InetAddress address = parsed.get();
    String kept = truncate ? IpAddresses.truncate(address) : IpAddresses.format(address);
    return new Client(kept, locate(address), device, truncate ? kept : network(address));
  }

  /**
   * An IPv4 address itself; an IPv6 address's /64, since one host picks any address in its /64
   * at will and could otherwise spend a fresh failure budget on each. An IPv4 client translated
   * into the NAT64 prefix 64:ff9b::/96 (RFC 6052) is one host, so keeps its whole address.
   */
  private static String network(InetAddress address) {
    byte[] bytes = address.getAddress();
    if (bytes.length == 4 || Arrays.equals(bytes, 0, NAT64.length, NAT64, 0, NAT64.length)) {
      return IpAddresses.format(address);
    }
    Arrays.fill(bytes, IPV6_NETWORK_BYTES, bytes.length, (byte) 0);
    try {
      return IpAddresses.format(InetAddress.getByAddress(bytes)) + "/64";
    } catch (UnknownHostException e) {
      throw new IllegalStateException("16 bytes are an IPv6 address", e);
    }
  }

  private Location locate(InetAddress address) {
    AddressKind kind = IpAddresses.classify(address);
    if (kind != AddressKind.PUBLIC) {
      return Location.unknown(kind);
    }
    try {
      return geo.locate(address);
    } catch (RuntimeException e) {
      // A broken location database must never fail a login.
      LOG.warn("location lookup failed; recording an unknown location", e);
      return Location.unknown(AddressKind.PUBLIC);
    }
  }
}
