package dev.accountsecurity.jdbc;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The parameters of one statement, in order. Values are only ever bound, never spliced into SQL
 * text. Not thread-safe: built and used by one call.
 */
final class Args {
  private final List<Setter> setters = new ArrayList<>();

  private Args() {}

  static Args of() {
    return new Args();
  }

  Args text(String value) {
    return add((statement, index) -> statement.setString(index, value));
  }

  Args nullableText(@Nullable String value) {
    return value == null ? add((s, i) -> s.setNull(i, Types.VARCHAR)) : text(value);
  }

  Args integer(int value) {
    return add((statement, index) -> statement.setInt(index, value));
  }

  Args bigint(long value) {
    return add((statement, index) -> statement.setLong(index, value));
  }

  Args bool(boolean value) {
    return add((statement, index) -> statement.setBoolean(index, value));
  }

  Args real(@Nullable Double value) {
    if (value == null) {
      return add((s, i) -> s.setNull(i, Types.DOUBLE));
    }
    double primitive = value;
    return add((statement, index) -> statement.setDouble(index, primitive));
  }

  Args time(Instant value) {
    OffsetDateTime stored = toStored(value);
    return add((statement, index) -> statement.setObject(index, stored));
  }

  Args nullableTime(@Nullable Instant value) {
    return value == null ? add((s, i) -> s.setNull(i, Types.TIMESTAMP_WITH_TIMEZONE)) : time(value);
  }

  void bindTo(PreparedStatement statement) throws SQLException {
    for (int i = 0; i < setters.size(); i++) {
      setters.get(i).set(statement, i + 1);
    }
  }

  /**
   * Converts an instant to what the database keeps: UTC, truncated to microseconds, so that a
   * value compared in SQL is the value that was stored, on PostgreSQL and H2 alike.
   */
  static OffsetDateTime toStored(Instant instant) {
    return OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
  }

  private Args add(Setter setter) {
    setters.add(setter);
    return this;
  }

  @FunctionalInterface
  private interface Setter {
    void set(PreparedStatement statement, int index) throws SQLException;
  }
}
