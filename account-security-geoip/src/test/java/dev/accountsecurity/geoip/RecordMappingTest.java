package dev.accountsecurity.geoip;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.accountsecurity.api.AddressKind;
import dev.accountsecurity.api.Location;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordMappingTest {

  @Test
  void toLocation_geoLite2CityLayout_readsEveryField() {
    Map<String, Object> record = Map.of(
        "city", Map.of("geoname_id", 5375480L, "names", Map.of("en", "Mountain View", "de",
            "Mountain View")),
        "country", Map.of("iso_code", "US", "names", Map.of("en", "United States")),
        "location", Map.of("latitude", 37.386, "longitude", -122.0838, "accuracy_radius", 1000),
        "subdivisions", List.of(Map.of("iso_code", "CA", "names", Map.of("en", "California"))));

    assertEquals(new Location("US", "CA", "Mountain View", 37.386, -122.0838, AddressKind.PUBLIC),
        RecordMapping.toLocation(record));
  }

  @Test
  void toLocation_dbIpCityLayoutWithoutSubdivisionCode_usesEnglishName() {
    Map<String, Object> record = Map.of(
        "city", Map.of("names", Map.of("en", "Berlin")),
        "country", Map.of("iso_code", "DE"),
        "location", Map.of("latitude", 52.5244, "longitude", 13.4105),
        "subdivisions", List.of(Map.of("names", Map.of("en", "Land Berlin"))));

    assertEquals(new Location("DE", "Land Berlin", "Berlin", 52.5244, 13.4105,
        AddressKind.PUBLIC), RecordMapping.toLocation(record));
  }

  @Test
  void toLocation_countryLayout_givesCountryOnly() {
    Map<String, Object> record = Map.of("country", Map.of("iso_code", "NL"),
        "continent", Map.of("code", "EU"));

    assertEquals(Location.country("NL"), RecordMapping.toLocation(record));
  }

  @Test
  void toLocation_onlyRegisteredCountry_usesIt() {
    Map<String, Object> record = Map.of("registered_country", Map.of("iso_code", "SE"));

    assertEquals(Location.country("SE"), RecordMapping.toLocation(record));
  }

  @Test
  void toLocation_flatCountryLayout_readsCountryCode() {
    assertEquals(Location.country("AU"), RecordMapping.toLocation(Map.of("country_code", "au")));
  }

  @Test
  void toLocation_flatCityLayout_readsEveryField() {
    Map<String, Object> record = Map.of("country_code", "FR", "state1", "Ile-de-France",
        "city", "Paris", "latitude", 48.8534f, "longitude", 2.3488f);

    assertEquals(new Location("FR", "Ile-de-France", "Paris", (double) 48.8534f,
        (double) 2.3488f, AddressKind.PUBLIC), RecordMapping.toLocation(record));
  }

  @Test
  void toLocation_emptyRecord_givesUnknownPublic() {
    assertEquals(Location.unknown(AddressKind.PUBLIC), RecordMapping.toLocation(Map.of()));
  }

  @Test
  void toLocation_valuesOfWrongTypes_treatedAsAbsent() {
    Map<String, Object> record = Map.of("country", "US", "subdivisions", Map.of(),
        "city", List.of("x"), "location", Map.of("latitude", "37", "longitude", -122.0),
        "country_code", BigInteger.ONE);

    assertEquals(Location.unknown(AddressKind.PUBLIC), RecordMapping.toLocation(record));
  }

  @Test
  void toLocation_malformedCountryCode_dropped() {
    Map<String, Object> record = Map.of("country_code", "USA", "city", "Springfield");

    assertEquals(new Location("", "", "Springfield", null, null, AddressKind.PUBLIC),
        RecordMapping.toLocation(record));
  }

  @Test
  void toLocation_coordinatesOutOfRange_dropped() {
    Map<String, Object> record = Map.of("country_code", "US", "latitude", 91.0,
        "longitude", 10.0);

    assertEquals(Location.country("US"), RecordMapping.toLocation(record));
  }

  @Test
  void toLocation_notFiniteCoordinate_dropped() {
    Map<String, Object> record = Map.of("country_code", "US", "latitude", Double.NaN,
        "longitude", 10.0);

    assertEquals(Location.country("US"), RecordMapping.toLocation(record));
  }

  @Test
  void toLocation_overlongCityName_cutTo100Characters() {
    Map<String, Object> record = Map.of("country_code", "US", "city", "x".repeat(500));

    assertEquals("x".repeat(100), RecordMapping.toLocation(record).city());
  }
}
