package dev.accountsecurity.geoip;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.accountsecurity.api.AddressKind;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The same table as core's IpAddressesTest, so the two copies of the ranges stay in step. */
class SpecialRangesTest {

  @ParameterizedTest
  @CsvSource({
    "127.0.0.1, LOOPBACK", "127.255.255.254, LOOPBACK", "::1, LOOPBACK",
    "10.1.2.3, PRIVATE", "172.16.0.1, PRIVATE", "172.31.255.255, PRIVATE",
    "192.168.1.1, PRIVATE", "fc00::1, PRIVATE", "fd12:3456::1, PRIVATE",
    "169.254.169.254, LINK_LOCAL", "fe80::1, LINK_LOCAL", "febf:ffff::1, LINK_LOCAL",
    "100.64.0.1, CARRIER_GRADE_NAT", "100.127.255.255, CARRIER_GRADE_NAT",
    "192.0.2.1, DOCUMENTATION", "198.51.100.7, DOCUMENTATION", "203.0.113.9, DOCUMENTATION",
    "2001:db8::1, DOCUMENTATION", "2001:db8:ffff::1, DOCUMENTATION", "3fff::1, DOCUMENTATION",
    "3fff:fff:ffff::1, DOCUMENTATION",
    "0.0.0.0, RESERVED", "0.1.2.3, RESERVED", "192.0.0.9, RESERVED", "198.18.0.1, RESERVED",
    "198.19.255.255, RESERVED", "224.0.0.1, RESERVED", "239.255.255.250, RESERVED",
    "240.0.0.1, RESERVED", "255.255.255.255, RESERVED", "::, RESERVED", "ff02::1, RESERVED",
    "64:ff9b::c000:201, RESERVED", "2001:2::1, RESERVED", "fec0::1, RESERVED",
    "100::1, RESERVED", "4000::1, RESERVED", "::203.0.113.9, RESERVED",
    "8.8.8.8, PUBLIC", "1.1.1.1, PUBLIC", "172.15.255.255, PUBLIC", "172.32.0.1, PUBLIC",
    "100.63.255.255, PUBLIC", "100.128.0.1, PUBLIC", "198.17.255.255, PUBLIC",
    "198.20.0.1, PUBLIC", "192.0.1.255, PUBLIC", "223.255.255.255, PUBLIC",
    "2001:4860:4860::8888, PUBLIC", "2606:4700:4700::1111, PUBLIC", "3fff:1000::1, PUBLIC",
    "2001:db9::1, PUBLIC", "2002:cb00:7109::1, PUBLIC"
  })
  void classify_address_givesKind(String text, AddressKind kind) throws UnknownHostException {
    // Every text here is a numeric literal: the JDK parses it without a lookup.
    assertEquals(kind, SpecialRanges.classify(InetAddress.getByName(text)));
  }
}
