package dev.accountsecurity.jdbc;

import dev.accountsecurity.api.AddressKind;
import dev.accountsecurity.api.Device;
import dev.accountsecurity.api.DeviceType;
import dev.accountsecurity.api.Location;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** Reads columns and the value groups that several tables share: location and device. */
final class Rows {
  /** The location and device columns, in the order {@link #bindLocationAndDevice} binds them. */
  static final String LOCATION_DEVICE_COLUMNS = "ip_address, country_code, region, city, latitude,"
      + " longitude, address_kind, browser, browser_version, os, os_version, device_type";

  /** Placeholders for {@link #LOCATION_DEVICE_COLUMNS}. */
  static final String LOCATION_DEVICE_PLACEHOLDERS = "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?";

  private Rows() {}

  /** A row to value mapping. */
  @FunctionalInterface
  interface Mapper<T> {
    T map(ResultSet row) throws SQLException;
  }

  static Instant time(ResultSet row, String column) throws SQLException {
    OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
    if (value == null) {
      throw new SQLException("column " + column + " is null");
    }
    return value.toInstant();
  }

  static @Nullable Instant nullableTime(ResultSet row, String column) throws SQLException {
    OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  static String text(ResultSet row, String column) throws SQLException {
    String value = row.getString(column);
    if (value == null) {
      throw new SQLException("column " + column + " is null");
    }
    return value;
  }

  static @Nullable Double real(ResultSet row, String column) throws SQLException {
    double value = row.getDouble(column);
    return row.wasNull() ? null : value;
  }

  static <E extends Enum<E>> E constant(ResultSet row, String column, Class<E> type)
      throws SQLException {
    String name = text(row, column);
    try {
      return Enum.valueOf(type, name);
    } catch (IllegalArgumentException e) {
      throw new SQLException("column " + column + " holds no " + type.getSimpleName(), e);
    }
  }

  static Args bindLocationAndDevice(Args args, String ipAddress, Location location,
      Device device) {
    return args.text(ipAddress)
        .text(location.countryCode())
        .text(location.region())
        .text(location.city())
        .real(location.latitude())
        .real(location.longitude())
        .text(location.kind().name())
        .text(device.browser())
        .text(device.browserVersion())
        .text(device.os())
        .text(device.osVersion())
        .text(device.type().name());
  }

  static Location location(ResultSet row) throws SQLException {
    return new Location(
        text(row, "country_code"),
        text(row, "region"),
        text(row, "city"),
        real(row, "latitude"),
        real(row, "longitude"),
        constant(row, "address_kind", AddressKind.class));
  }

  static Device device(ResultSet row) throws SQLException {
    return new Device(
        text(row, "browser"),
        text(row, "browser_version"),
        text(row, "os"),
        text(row, "os_version"),
        constant(row, "device_type", DeviceType.class));
  }
}
