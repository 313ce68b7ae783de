package dev.accountsecurity.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.accountsecurity.spi.StoreException;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class JdbcStoresTest {

  @Test
  void build_noDataSource_throwsIllegalState() {
    JdbcStores.Builder builder = JdbcStores.builder().dialect(Dialect.H2);

    IllegalStateException e = assertThrows(IllegalStateException.class, builder::build);

    assertEquals("dataSource must be set", e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "As_", "1as_", "_as", "as-", "as.", "as_users;", "a b",
      "as_'); DROP TABLE x; --", "abcdefghijklmnopqrstuv", "é"})
  void build_invalidPrefix_throwsIllegalArgumentNamingValueAndRule(String prefix) {
    JdbcStores.Builder builder =
        JdbcStores.builder().dataSource(BrokenDataSource.create()).dialect(Dialect.H2);

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> builder.tablePrefix(prefix).build());

    assertEquals(
        "tablePrefix must match [a-z][a-z0-9_]{0,20} but was \"" + prefix + "\"", e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "as_", "z9", "abcdefghijklmnopqrstu", "a_________________0_"})
  void build_validPrefix_kept(String prefix) {
    JdbcStores stores = JdbcStores.builder().dataSource(BrokenDataSource.create())
        .dialect(Dialect.POSTGRESQL).tablePrefix(prefix).build();

    assertEquals(prefix, stores.tablePrefix());
  }

  @Test
  void build_noPrefix_usesDefault() {
    JdbcStores stores =
        JdbcStores.builder().dataSource(BrokenDataSource.create()).dialect(Dialect.H2).build();

    assertEquals("as_", stores.tablePrefix());
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void build_noDialect_detectedFromMetadata(Dialect dialect) {
    DataSource dataSource = TestDatabases.shared(dialect);

    JdbcStores stores = JdbcStores.builder().dataSource(dataSource).build();

    assertEquals(dialect, stores.dialect());
  }

  @Test
  void build_noDialectAndDatabaseDown_throwsStoreExceptionWithCause() {
    JdbcStores.Builder builder = JdbcStores.builder().dataSource(BrokenDataSource.create());

    StoreException e = assertThrows(StoreException.class, builder::build);

    assertEquals("detect the database dialect failed", e.getMessage());
    assertEquals(SQLException.class, e.getCause().getClass());
  }

  @Test
  void fromProductName_otherDatabase_throwsIllegalArgument() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Dialect.fromProductName("MySQL"));

    assertEquals("the database must be PostgreSQL or H2 but its product name was MySQL",
        e.getMessage());
  }

  @Test
  void dataSource_null_throwsNullPointer() {
    JdbcStores.Builder builder = JdbcStores.builder();

    assertThrows(NullPointerException.class, () -> builder.dataSource(null));
  }
}
