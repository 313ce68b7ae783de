package dev.accountsecurity.geoip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.maxmind.db.InvalidDatabaseException;
import dev.accountsecurity.api.AddressKind;
import dev.accountsecurity.api.Location;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Runs against the shared country database. The data is always present where the build runs,
 * so a missing file fails the tests instead of skipping them.
 */
class MmdbGeoLookupTest {

  private static final String DATA_DIR_PROPERTY = "shared.data.dir";
  private static final String FILE_NAME = "geo-whois-asn-country.mmdb";

  private static MmdbGeoLookup lookup;

  @BeforeAll
  static void openSharedDatabase() throws IOException {
    lookup = MmdbGeoLookup.open(sharedDatabase());
  }

  @AfterAll
  static void closeSharedDatabase() {
    lookup.close();
  }

  @ParameterizedTest
  @CsvSource({
    "8.8.8.8, US",
    "1.1.1.1, AU",
    "193.0.6.139, NL",
    "81.2.69.160, GB",
    "2001:4860:4860::8888, US",
    "2a00:1450:4001:80b::200e, IE",
    "2001:67c:2e8:22::c100:68b, NL"
  })
  void locate_publicAddress_givesCountryFromFile(String address, String country)
      throws UnknownHostException {
    assertEquals(Location.country(country), lookup.locate(literal(address)));
  }

  @Test
  void locate_publicAddressNotInFile_givesUnknownPublic() throws UnknownHostException {
    // 2c0f:ffff::1 lies in the African registry's space, beyond any allocation in the file.
    assertEquals(Location.unknown(AddressKind.PUBLIC), lookup.locate(literal("2c0f:ffff::1")));
  }

  // The shared file places 192.168.0.0/16, 172.16.0.0/12, 198.51.100.0/24 and 203.0.113.0/24
  // in Australia and 2001:db8::/32 in Japan: special addresses must never reach the file.
  @ParameterizedTest
  @CsvSource({
    "192.168.1.1, PRIVATE", "172.16.0.1, PRIVATE", "10.0.0.1, PRIVATE", "fd00::1, PRIVATE",
    "127.0.0.1, LOOPBACK", "::1, LOOPBACK", "169.254.1.1, LINK_LOCAL", "fe80::1, LINK_LOCAL",
    "100.64.0.1, CARRIER_GRADE_NAT", "203.0.113.9, DOCUMENTATION",
    "198.51.100.7, DOCUMENTATION", "192.0.2.1, DOCUMENTATION", "2001:db8::1, DOCUMENTATION",
    "2001:2::1, RESERVED", "224.0.0.1, RESERVED", "0.1.2.3, RESERVED", "::, RESERVED"
  })
  void locate_specialAddress_givesUnknownOfItsKind(String address, AddressKind kind)
      throws UnknownHostException {
    assertEquals(Location.unknown(kind), lookup.locate(literal(address)));
  }

  @Test
  void locate_afterClose_givesUnknownPublic() throws IOException {
    MmdbGeoLookup closed = MmdbGeoLookup.open(sharedDatabase());
    closed.close();

    assertEquals(Location.unknown(AddressKind.PUBLIC), closed.locate(literal("8.8.8.8")));
  }

  @Test
  void open_missingFile_throws(@TempDir Path dir) {
    Path missing = dir.resolve("missing.mmdb");

    assertThrows(FileNotFoundException.class, () -> MmdbGeoLookup.open(missing));
  }

  @Test
  void open_fileThatIsNotMmdb_throws(@TempDir Path dir) throws IOException {
    Path notMmdb = Files.writeString(dir.resolve("plain.mmdb"), "not a database\n".repeat(100));

    assertThrows(InvalidDatabaseException.class, () -> MmdbGeoLookup.open(notMmdb));
  }

  private static Path sharedDatabase() {
    String dir = System.getProperty(DATA_DIR_PROPERTY);
    assertTrue(dir != null, "system property " + DATA_DIR_PROPERTY + " is not set; the build "
        + "sets it to ../shared/data beside the checkout");
    Path file = Path.of(dir, FILE_NAME);
    assertTrue(Files.isRegularFile(file), "test data missing: " + file.toAbsolutePath()
        + " must exist (see shared/data/README.md)");
    return file;
  }

  // Built from the literal's bytes by the JDK: the texts here are all literals, no lookup runs.
  private static InetAddress literal(String text) throws UnknownHostException {
    return InetAddress.getByName(text);
  }
}
