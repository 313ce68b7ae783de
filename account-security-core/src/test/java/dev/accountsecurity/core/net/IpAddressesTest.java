package dev.accountsecurity.core.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.accountsecurity.api.AddressKind;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IpAddressesTest {

  @ParameterizedTest
  @CsvSource({
    "203.0.113.9, 203.0.113.9",
    "0.0.0.0, 0.0.0.0",
    "255.255.255.255, 255.255.255.255",
    "::, ::",
    "::1, ::1",
    "2001:DB8::1, 2001:db8::1",
    "2001:0db8:0000:0000:0000:0000:0000:0001, 2001:db8::1",
    "2001:db8:0:0:1:0:0:1, 2001:db8::1:0:0:1",
    "2001:db8:0:1:1:1:1:1, 2001:db8:0:1:1:1:1:1",
    "1:0:0:2:0:0:0:3, 1:0:0:2::3",
    "::2:3:4:5:6:7:8, 0:2:3:4:5:6:7:8",
    "1::, 1::",
    "1:2:3:4:5:6:7:8, 1:2:3:4:5:6:7:8",
    "1:2:3:4:5:6:1.2.3.4, 1:2:3:4:5:6:102:304",
    "64:ff9b::192.0.2.1, 64:ff9b::c000:201",
    "fe80::1%eth0, fe80::1",
    "fe80::1%25, fe80::1",
    "[::1], ::1",
    "[fe80::a:b%en0], fe80::a:b",
    "::ffff:203.0.113.9, 203.0.113.9",
    "::FFFF:cb00:7109, 203.0.113.9",
    "::203.0.113.9, ::cb00:7109"
  })
  void parse_literal_givesCanonicalAddress(String text, String canonical) {
    assertEquals(canonical, IpAddresses.format(IpAddresses.parse(text).orElseThrow()));
  }

  @Test
  void parse_ipv4MappedIpv6_givesIpv4Address() {
    InetAddress address = IpAddresses.parse("::ffff:203.0.113.9").orElseThrow();

    assertInstanceOf(Inet4Address.class, address);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "", " ", "localhost", "example.com", "1.2.3", "1.2.3.4.5", "256.1.1.1", "1.2.3.256",
    "01.2.3.4", "1.2.3.04", "00.0.0.0", "0x7f.0.0.1", "2130706433", "1.2.3.4:80",
    "[::1]:443", " 1.2.3.4", "1.2.3.4 ", "1..2.3", "1.2.3.", ".1.2.3", "+1.2.3.4",
    "1:2:3:4:5:6:7", "1:2:3:4:5:6:7:8:9", "1:2:3:4:5:6:7::8", "1::2::3", ":::", "1:::2",
    "12345::", "g::1", ":1::", "1::2:", "1:2:3:4:5:6:7:1.2.3.4", "::1.2.3.4.5",
    "::1.2.3.4:5", "::01.2.3.4", "::ffff:01.2.3.4", "1.2.3.4::", "[1.2.3.4]", "1.2.3.4%eth0",
    "fe80::1%", "fe80::1%eth 0", "fe80::1%eth0%1", "[::1", "::1]", "[]", "[", "%eth0",
    "\uff11.\uff12.\uff13.\uff14", "\u0661.\u0662.\u0663.\u0664", "::\uff11", "1.2.3.4\n"
  })
  void parse_notALiteral_givesEmpty(String text) {
    assertEquals(Optional.empty(), IpAddresses.parse(text));
  }

  @Test
  void parse_zoneIdLongerThan32_givesEmpty() {
    assertEquals(Optional.empty(), IpAddresses.parse("fe80::1%" + "a".repeat(33)));
  }

  @Test
  void parse_textLongerThan100_givesEmpty() {
    String padded = "0000:0000:0000:0000:0000:0000:0000:0001%" + "a".repeat(62);

    assertEquals(Optional.empty(), IpAddresses.parse(padded));
  }

  @Test
  void parse_null_throws() {
    assertThrows(NullPointerException.class, () -> IpAddresses.parse(null));
  }

  @ParameterizedTest
  @CsvSource({
    "127.0.0.1, LOOPBACK", "127.255.255.254, LOOPBACK", "::1, LOOPBACK",
    "10.1.2.3, PRIVATE", "172.16.0.1, PRIVATE", "172.31.255.255, PRIVATE",
    "192.168.1.1, PRIVATE", "fc00::1, PRIVATE", "fd12:3456::1, PRIVATE",
    "::ffff:10.0.0.1, PRIVATE",
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
  void classify_address_givesKind(String text, AddressKind kind) {
    assertEquals(kind, IpAddresses.classify(IpAddresses.parse(text).orElseThrow()));
  }

  @Test
  void classify_ipv6HoldingMappedBytes_classifiesTheIpv4Address() throws UnknownHostException {
    byte[] mapped = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -1, -1, 10, 0, 0, 1};
    Inet6Address address = Inet6Address.getByAddress(null, mapped, -1);

    assertEquals(AddressKind.PRIVATE, IpAddresses.classify(address));
  }

  @ParameterizedTest
  @CsvSource({
    "203.0.113.9, 203.0.113.0",
    "10.255.255.255, 10.255.255.0",
    "::ffff:203.0.113.9, 203.0.113.0",
    "2001:db8:1:2:3:4:5:6, 2001:db8:1::",
    "2001:db8:abcd:12ff::1, 2001:db8:abcd::",
    "::1, ::"
  })
  void truncate_address_zeroesHostPart(String text, String truncated) {
    assertEquals(truncated, IpAddresses.truncate(IpAddresses.parse(text).orElseThrow()));
  }

  @Test
  void format_ipv6WithScope_leavesScopeOut() throws UnknownHostException {
    byte[] bytes = {(byte) 0xfe, (byte) 0x80, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1};
    Inet6Address scoped = Inet6Address.getByAddress(null, bytes, 3);

    assertEquals("fe80::1", IpAddresses.format(scoped));
  }

  @Property
  void parse_javaTextOfAnyIpv6_givesTheSameAddress(@ForAll @Size(16) byte[] bytes)
      throws UnknownHostException {
    InetAddress expected = InetAddress.getByAddress(bytes);

    assertEquals(expected, IpAddresses.parse(expected.getHostAddress()).orElseThrow());
  }

  @Property
  void parse_formatOfAnyIpv6_givesTheSameAddress(@ForAll @Size(16) byte[] bytes)
      throws UnknownHostException {
    InetAddress expected = InetAddress.getByAddress(bytes);

    assertEquals(expected, IpAddresses.parse(IpAddresses.format(expected)).orElseThrow());
  }

  @Property
  void parse_formatOfAnyIpv4_givesTheSameAddress(@ForAll @Size(4) byte[] bytes)
      throws UnknownHostException {
    InetAddress expected = InetAddress.getByAddress(bytes);

    assertEquals(expected.getHostAddress(), IpAddresses.format(expected));
    assertEquals(expected, IpAddresses.parse(IpAddresses.format(expected)).orElseThrow());
  }

  @Property
  void parse_anyText_givesEmptyOrAnAddressWhoseFormatParsesBack(
      @ForAll @StringLength(max = 120) String text) {
    IpAddresses.parse(text).ifPresent(address -> assertEquals(address,
        IpAddresses.parse(IpAddresses.format(address)).orElseThrow()));
  }
}
