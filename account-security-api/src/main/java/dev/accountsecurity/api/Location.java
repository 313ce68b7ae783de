package dev.accountsecurity.api;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where an IP address is, as far as a {@link dev.accountsecurity.spi.GeoLookup} can tell.
 *
 * <p>Unknown is a normal answer: text components are then the empty string and the coordinates
 * null.
 *
 * @param countryCode the ISO 3166-1 alpha-2 country code, upper case, or empty
 * @param region the region or state, or empty
 * @param city the city, or empty
 * @param latitude the latitude in degrees where the database has one, else null
 * @param longitude the longitude in degrees where the database has one, else null
 * @param kind the kind of network the address belongs to
 */
public record Location(
    String countryCode,
    String region,
    String city,
    @Nullable Double latitude,
    @Nullable Double longitude,
    AddressKind kind) {

  /**
   * Checks the components.
   *
   * @param countryCode the ISO 3166-1 alpha-2 country code, upper case, or empty
   * @param region the region or state, or empty
   * @param city the city, or empty
   * @param latitude the latitude in degrees where the database has one, else null
   * @param longitude the longitude in degrees where the database has one, else null
   * @param kind the kind of network the address belongs to
   * @throws NullPointerException if a non-null component is null
   * @throws IllegalArgumentException if only one coordinate is given, or one is out of range
   */
  public Location {
    Objects.requireNonNull(countryCode, "countryCode");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(city, "city");
    Objects.requireNonNull(kind, "kind");
    if ((latitude == null) != (longitude == null)) {
      throw new IllegalArgumentException("latitude and longitude come together or not at all");
    }
    if (latitude != null && (Math.abs(latitude) > 90 || Math.abs(longitude) > 180)) {
      throw new IllegalArgumentException(
          "coordinates must be within +-90 and +-180 but were " + latitude + ", " + longitude);
    }
  }

  /**
   * Returns the location of an address that nothing is known about.
   *
   * @param kind the kind of network the address belongs to
   * @return a location with empty names and no coordinates
   */
  public static Location unknown(AddressKind kind) {
    return new Location("", "", "", null, null, kind);
  }

  /**
   * Returns a public address's location known to the country only.
   *
   * @param countryCode the ISO 3166-1 alpha-2 code
   * @return the location
   */
  public static Location country(String countryCode) {
    return new Location(countryCode, "", "", null, null, AddressKind.PUBLIC);
  }

  /**
   * Tells whether the location has coordinates.
   *
   * @return true when latitude and longitude are known
   */
  public boolean hasCoordinates() {
    return latitude != null;
  }

  /**
   * Returns a short text for a person, for example {@code Berlin, BE, DE}, {@code Private
   * network} or {@code Unknown location}.
   *
   * @return the label
   */
  public String label() {
    StringBuilder text = new StringBuilder();
    for (String part : new String[] {city, region, countryCode}) {
      if (!part.isEmpty()) {
        text.append(text.length() == 0 ? "" : ", ").append(part);
      }
    }
    if (text.length() > 0) {
      return text.toString();
    }
    switch (kind) {
      case LOOPBACK:
        return "This machine";
      case PRIVATE:
      case LINK_LOCAL:
      case CARRIER_GRADE_NAT:
        return "Private network";
      case DOCUMENTATION:
        return "Documentation range";
      default:
        return "Unknown location";
    }
  }
}
