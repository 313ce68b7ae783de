package dev.accountsecurity.core.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ForwardedForTest {

  private static final String PROXY = "10.0.0.1";
  private static final String CLIENT = "198.51.100.20";

  private final ForwardedFor forwardedFor =
      ForwardedFor.trusting(List.of("10.0.0.0/8", "fd00::/8", "203.0.113.7"));

  @Test
  void clientAddress_remoteNotTrusted_givesRemoteAndIgnoresHeader() {
    assertEquals(CLIENT, forwardedFor.clientAddress(CLIENT, "192.0.2.99"));
  }

  @Test
  void clientAddress_trustedRemoteWithoutHeader_givesRemote() {
    assertEquals(PROXY, forwardedFor.clientAddress(PROXY, null));
  }

  @Test
  void clientAddress_trustedRemoteWithBlankHeader_givesRemote() {
    assertEquals(PROXY, forwardedFor.clientAddress(PROXY, " , "));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "198.51.100.20 | 198.51.100.20",
    "198.51.100.20, 10.0.0.2 | 198.51.100.20",
    "6.6.6.6, 198.51.100.20, 10.0.0.2 | 198.51.100.20",
    "198.51.100.20, 10.0.0.3,10.0.0.2 | 198.51.100.20",
    "198.51.100.20,, ,10.0.0.2 | 198.51.100.20",
    "198.51.100.20, 203.0.113.7 | 198.51.100.20",
    "198.51.100.20, 203.0.113.8 | 203.0.113.8",
    "2001:DB8::5, fd00::1 | 2001:db8::5",
    "[2001:db8::5] | 2001:db8::5",
    "::ffff:198.51.100.20 | 198.51.100.20",
    "::ffff:10.0.0.9, 10.0.0.2 | 10.0.0.9",
    "10.0.0.3, 10.0.0.2 | 10.0.0.3",
    "198.51.100.20, garbage, 10.0.0.2 | 10.0.0.2",
    "198.51.100.20, unknown | 10.0.0.1",
    "198.51.100.20:4711, 10.0.0.2 | 10.0.0.2",
    "198.51.100.20, client.example, 10.0.0.2 | 10.0.0.2"
  })
  void clientAddress_trustedRemote_givesRightMostUntrustedEntry(String header, String client) {
    assertEquals(client, forwardedFor.clientAddress(PROXY, header));
  }

  @Test
  void clientAddress_trustedIpv6Remote_readsHeader() {
    assertEquals(CLIENT, forwardedFor.clientAddress("fd00::2", CLIENT));
  }

  @Test
  void clientAddress_remoteNotAnAddress_givesRemoteUnchanged() {
    assertEquals("not-an-ip", forwardedFor.clientAddress("not-an-ip", CLIENT));
  }

  @Test
  void clientAddress_nobodyTrusted_givesRemote() {
    ForwardedFor trustingNobody = ForwardedFor.trusting(List.of());

    assertEquals(PROXY, trustingNobody.clientAddress(PROXY, CLIENT));
  }

  @Test
  void clientAddress_moreThan64TrustedEntries_stopsAt64th() {
    String trustedHops = IntStream.rangeClosed(1, 70)
        .mapToObj(i -> "10.0.1." + i)
        .collect(Collectors.joining(", "));

    // The 64th entry from the right is 10.0.1.7; the client further left is never reached.
    assertEquals("10.0.1.7", forwardedFor.clientAddress(PROXY, CLIENT + ", " + trustedHops));
  }

  @Test
  void clientAddress_headerLongerThan4096_readsOnlyItsEnd() {
    // Read whole, the walk would pass the trusted 10.0.0.2 and reach the client.
    String header = CLIENT + "," + " ".repeat(5000) + ", 10.0.0.2";

    assertEquals("10.0.0.2", forwardedFor.clientAddress(PROXY, header));
  }

  @Test
  void clientAddress_entriesBeforeLast4096Characters_ignored() {
    String header = CLIENT + ", 10.0.0.2" + " ".repeat(5000);

    assertEquals(PROXY, forwardedFor.clientAddress(PROXY, header));
  }

  @Test
  void clientAddress_cutInsideAnEntry_doesNotTrustTheFragment() {
    // Cut at 4096 from the right, "11.1.1.1" loses its first digit and reads "1.1.1.1".
    String header = "11.1.1.1" + " ".repeat(4079) + ", 10.0.0.2";

    assertEquals("10.0.0.2", forwardedFor.clientAddress(PROXY, header));
  }

  @Test
  void clientAddress_cutRightAfterAComma_readsTheWholeEntry() {
    String header = "6.6.6.6," + "1.1.1.1" + " ".repeat(4079) + ", 10.0.0.2";

    assertEquals("1.1.1.1", forwardedFor.clientAddress(PROXY, header));
  }

  @Test
  void clientAddress_nullRemote_throws() {
    assertThrows(NullPointerException.class, () -> forwardedFor.clientAddress(null, CLIENT));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "10.0.0.0/33", "2001:db8::/129", "10.0.0.1/8", "2001:db8::1/32", "example.com/8",
    "10.0.0.0/", "10.0.0.0/08", "10.0.0.0/-1", "10.0.0.0/8/8", "[::1]/128", "fe80::%eth0/64",
    "10.0.0", ""
  })
  void trusting_invalidNetwork_refusedNamingIt(String network) {
    List<String> networks = List.of("192.168.0.0/16", network);

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ForwardedFor.trusting(networks));
    assertEquals(true, e.getMessage().startsWith("network '" + network + "' is invalid: "),
        e.getMessage());
  }

  @Test
  void trusting_hostBitsSet_messageNamesRule() {
    List<String> networks = List.of("10.0.0.1/8");

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ForwardedFor.trusting(networks));
    assertEquals("network '10.0.0.1/8' is invalid: its address has bits set beyond the /8 prefix",
        e.getMessage());
  }

  @Test
  void trusting_nullNetwork_throws() {
    List<String> networks = Arrays.asList("10.0.0.0/8", null);

    assertThrows(NullPointerException.class, () -> ForwardedFor.trusting(networks));
  }
}
