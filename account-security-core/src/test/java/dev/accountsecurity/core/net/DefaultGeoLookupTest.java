package dev.accountsecurity.core.net;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.accountsecurity.api.AddressKind;
import dev.accountsecurity.api.Location;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DefaultGeoLookupTest {

  private final DefaultGeoLookup lookup = new DefaultGeoLookup();

  @ParameterizedTest
  @CsvSource({
    "127.0.0.1, LOOPBACK", "::1, LOOPBACK", "192.168.1.10, PRIVATE", "fd00::1, PRIVATE",
    "169.254.1.1, LINK_LOCAL", "100.64.1.1, CARRIER_GRADE_NAT", "203.0.113.9, DOCUMENTATION",
    "224.0.0.1, RESERVED", "8.8.8.8, PUBLIC", "2001:4860:4860::8888, PUBLIC"
  })
  void locate_address_givesUnknownLocationOfItsKind(String text, AddressKind kind) {
    Location location = lookup.locate(IpAddresses.parse(text).orElseThrow());

    assertEquals(Location.unknown(kind), location);
  }
}
