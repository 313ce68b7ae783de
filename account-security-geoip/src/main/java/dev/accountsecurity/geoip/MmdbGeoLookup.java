package dev.accountsecurity.geoip;

import com.maxmind.db.CHMCache;
import com.maxmind.db.Reader;
import dev.accountsecurity.api.AddressKind;
import dev.accountsecurity.api.Location;
import dev.accountsecurity.spi.GeoLookup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Locates IP addresses in a database file in MaxMind's MMDB format, memory-mapped.
 *
 * <p>Reads the layouts of MaxMind GeoLite2 and GeoIP2 City and Country and of DB-IP Lite
 * ({@code country.iso_code}, {@code subdivisions[0]}, {@code city.names.en}, {@code
 * location.latitude} and {@code longitude}), and the flat layout of the ip-location-db files
 * ({@code country_code}, {@code state1}, {@code city}, {@code latitude}, {@code longitude}).
 * The region is the first subdivision's ISO code where the file has one ({@code CA}), else its
 * English name. Whatever a file lacks stays empty: a country file gives the country only.
 *
 * <p>Loopback, private, link-local, carrier-grade NAT, documentation and other reserved addresses
 * are never looked up: they give {@code Location.unknown} of their kind, because real files place
 * some of them in a country. Every other address is {@link AddressKind#PUBLIC}; one the file does
 * not hold gives {@code Location.unknown(AddressKind.PUBLIC)}. A failed read gives the unknown
 * location and a warning in the log, never an exception.
 *
 * <p>Thread-safe. {@link #close()} releases the file; lookups after it quietly give unknown
 * locations.
 */
public final class MmdbGeoLookup implements GeoLookup, AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(MmdbGeoLookup.class);
  private static final Location UNKNOWN = Location.unknown(AddressKind.PUBLIC);

  private final Reader reader;
  private final boolean ipv4Only;
  private volatile boolean closed;

  private MmdbGeoLookup(Reader reader) {
    this.reader = reader;
    this.ipv4Only = reader.getMetadata().getIpVersion() == 4;
  }

  /**
   * Opens a database file. Opening reads the file's metadata and maps the file into memory;
   * open it once and share the lookup.
   *
   * @param mmdb the path of the MMDB file, on the default file system
   * @return the lookup
   * @throws IOException if the file cannot be read or is not an MMDB database
   * @throws NullPointerException if mmdb is null
   */
  public static MmdbGeoLookup open(Path mmdb) throws IOException {
    Objects.requireNonNull(mmdb, "mmdb");
    // The cache keeps decoded records, so a popular network is decoded once.
    return new MmdbGeoLookup(
        new Reader(mmdb.toFile(), Reader.FileMode.MEMORY_MAPPED, new CHMCache()));
  }

  /**
   * Locates an address in the database.
   *
   * @param address the address, IPv4-mapped addresses already unmapped
   * @return the unknown location of the address's kind for a special-purpose address; else the
   *     location with the kind {@link AddressKind#PUBLIC}, unknown when the database has no
   *     record for the address, has only IPv4 and the address is IPv6, or cannot be read
   * @throws NullPointerException if address is null
   */
  @Override
  public Location locate(InetAddress address) {
    Objects.requireNonNull(address, "address");
    AddressKind kind = SpecialRanges.classify(address);
    if (kind != AddressKind.PUBLIC) {
      return Location.unknown(kind);
    }
    if (closed || ipv4Only && address instanceof Inet6Address) {
      return UNKNOWN;
    }
    try {
      Map<?, ?> record = reader.get(address, Map.class);
      return record == null ? UNKNOWN : RecordMapping.toLocation(record);
    } catch (IOException | RuntimeException e) {
      LOG.warn("Location lookup failed; reporting an unknown location", e);
      LOG.debug("The failed lookup was for {}", address.getHostAddress());
      return UNKNOWN;
    }
  }

  /**
   * Releases the database file.
   *
   * @throws UncheckedIOException if the file cannot be released
   */
  @Override
  public void close() {
    closed = true;
    try {
      reader.close();
    } catch (IOException e) {
      throw new UncheckedIOException("could not close the location database", e);
    }
  }
}
