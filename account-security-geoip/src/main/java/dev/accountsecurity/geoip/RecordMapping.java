package dev.accountsecurity.geoip;

import dev.accountsecurity.api.AddressKind;
import dev.accountsecurity.api.Location;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads a location from a decoded MMDB record of any supported layout. Values of an unexpected
 * type are treated as absent. Stateless and thread-safe.
 */
final class RecordMapping {

  private static final int MAX_NAME_LENGTH = 100;

  private record Point(double latitude, double longitude) {}

  private RecordMapping() {}

  /**
   * Maps a record.
   *
   * @param record the decoded record
   * @return the location, unknown when the record names nothing
   */
  static Location toLocation(Map<?, ?> record) {
    String country = countryCode(record);
    String region = region(record);
    String city = city(record);
    Point point = point(record);
    if (country.isEmpty() && region.isEmpty() && city.isEmpty() && point == null) {
      return Location.unknown(AddressKind.PUBLIC);
    }
    Double latitude = point == null ? null : point.latitude();
    Double longitude = point == null ? null : point.longitude();
    return new Location(country, region, city, latitude, longitude, AddressKind.PUBLIC);
  }

  private static String countryCode(Map<?, ?> record) {
    String code = text(map(record, "country"), "iso_code");
    if (code.isEmpty()) {
      // Anycast and satellite ranges may name only the country the network is registered in.
      code = text(map(record, "registered_country"), "iso_code");
    }
    if (code.isEmpty()) {
      code = text(record, "country_code");
    }
    return isCountryCode(code) ? code.toUpperCase(Locale.ROOT) : "";
  }

  private static String region(Map<?, ?> record) {
    Object subdivisions = record.get("subdivisions");
    if (subdivisions instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Map) {
      Map<?, ?> first = (Map<?, ?>) list.get(0);
      String code = text(first, "iso_code");
      return code.isEmpty() ? englishName(first) : code;
    }
    return text(record, "state1");
  }

  private static String city(Map<?, ?> record) {
    Object city = record.get("city");
    return city instanceof Map<?, ?> names ? englishName(names) : text(record, "city");
  }

  private static @Nullable Point point(Map<?, ?> record) {
    Map<?, ?> location = map(record, "location");
    Map<?, ?> holder = location == null ? record : location;
    Double latitude = number(holder.get("latitude"));
    Double longitude = number(holder.get("longitude"));
    boolean valid = latitude != null && longitude != null
        && Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180;
    return valid ? new Point(latitude, longitude) : null;
  }

  private static String englishName(Map<?, ?> named) {
    return text(map(named, "names"), "en");
  }

  private static @Nullable Map<?, ?> map(@Nullable Map<?, ?> record, String key) {
    Object value = record == null ? null : record.get(key);
    return value instanceof Map<?, ?> map ? map : null;
  }

  private static String text(@Nullable Map<?, ?> record, String key) {
    Object value = record == null ? null : record.get(key);
    if (!(value instanceof String text)) {
      return "";
    }
    String stripped = text.strip();
    if (stripped.length() <= MAX_NAME_LENGTH) {
      return stripped;
    }
    boolean splitsPair = Character.isHighSurrogate(stripped.charAt(MAX_NAME_LENGTH - 1));
    return stripped.substring(0, splitsPair ? MAX_NAME_LENGTH - 1 : MAX_NAME_LENGTH);
  }

  private static @Nullable Double number(@Nullable Object value) {
    if (!(value instanceof Number number)) {
      return null;
    }
    double d = number.doubleValue();
    return Double.isFinite(d) ? d : null;
  }

  private static boolean isCountryCode(String code) {
    return code.length() == 2 && isAsciiLetter(code.charAt(0)) && isAsciiLetter(code.charAt(1));
  }

  private static boolean isAsciiLetter(char c) {
    return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
  }
}
