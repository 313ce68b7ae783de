package dev.accountsecurity.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accountsecurity.spi.RecoveryCodeHash;
import dev.accountsecurity.spi.UserRecord;
import dev.accountsecurity.testkit.TestData;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What the JDBC user store checks beyond the contract: slots that the table keys on. */
class JdbcUserStoreTest {
  private static final List<RecoveryCodeHash> SAME_SLOT_TWICE = List.of(
      new RecoveryCodeHash(3, TestData.passwordHash("a")),
      new RecoveryCodeHash(3, TestData.passwordHash("b")));

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void create_twoCodesInOneSlot_throwsIllegalArgumentAndStoresNothing(Dialect dialect) {
    JdbcStores stores = schema(dialect).emptyStores();
    UserRecord u = TestData.fullUser(TestData.newLoginName());
    UserRecord user = new UserRecord(u.id(), u.loginName(), u.profile(), u.team(), u.password(),
        u.passwordHistory(), u.totpSecret(), u.lastTotpStep(), u.pendingTotp(), SAME_SLOT_TWICE,
        u.createdAt());

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> stores.users().create(user));

    assertEquals("recovery code slots must be unique but slot 3 repeats", e.getMessage());
    assertEquals(0, schema(dialect).count("users"));
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void replaceRecoveryCodes_twoCodesInOneSlot_throwsIllegalArgumentAndChangesNothing(
      Dialect dialect) {
    JdbcStores stores = schema(dialect).emptyStores();
    UserRecord user = TestData.fullUser(TestData.newLoginName());
    assertTrue(stores.users().create(user));
    Map<String, List<Map<String, Object>>> before = schema(dialect).allRows();

    assertThrows(IllegalArgumentException.class,
        () -> stores.users().replaceRecoveryCodes(user.id(), SAME_SLOT_TWICE));

    assertEquals(before, schema(dialect).allRows());
  }

  private static TestSchema schema(Dialect dialect) {
    return dialect == Dialect.POSTGRESQL ? Schemas.POSTGRES : Schemas.H2;
  }

  /** The tables of this class, created on first use. */
  private static final class Schemas {
    static final TestSchema POSTGRES = TestSchema.shared(Dialect.POSTGRESQL, "user_store_");
    static final TestSchema H2 = TestSchema.shared(Dialect.H2, "user_store_");
  }
}
