package dev.accountsecurity.core;

import dev.accountsecurity.api.AddressKind;
import dev.accountsecurity.api.ClientInfo;
import dev.accountsecurity.api.Device;
import dev.accountsecurity.api.Location;
import dev.accountsecurity.core.device.DeviceDetector;
import dev.accountsecurity.core.net.IpAddresses;
import dev.accountsecurity.spi.GeoLookup;
import java.net.InetAddress;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns what a host knows of a client into what is recorded: address, location, device. */
final class ClientResolver {
  private static final Logger LOG = LoggerFactory.getLogger(ClientResolver.class);

  /** The recorded view of a client. */
  record Client(String address, Location location, Device device) {}

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
      return new Client("", Location.unknown(AddressKind.INVALID), device);
    }
    InetAddress address = parsed.get();
    String kept = truncate ? IpAddresses.truncate(address) : IpAddresses.format(address);
    return new Client(kept, locate(address), device);
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
