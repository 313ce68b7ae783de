package dev.accountsecurity.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import dev.accountsecurity.spi.ThrottleState;
import dev.accountsecurity.spi.UserRecord;
import dev.accountsecurity.testkit.TestData;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The stores commit their work whatever auto-commit mode the pool hands connections out in. */
class PoolSettingsTest {

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void writes_poolWithoutAutoCommit_committedAndSeenByOtherPool(Dialect dialect) {
    TestSchema schema = dialect == Dialect.POSTGRESQL ? Schemas.POSTGRES : Schemas.H2;
    JdbcStores other = schema.emptyStores();
    UserRecord user = TestData.fullUser(TestData.newLoginName());
    long step = user.lastTotpStep() + 1;

    try (HikariDataSource pool = TestDatabases.newPool(dialect, 2, false)) {
      JdbcStores stores = schema.stores(pool);
      assertTrue(stores.users().create(user));
      assertTrue(stores.users().advanceTotpStep(user.id(), step));
      stores.throttle().recordFailure("account:ada", TestData.T0);
    }

    assertEquals(step, other.users().findById(user.id()).orElseThrow().lastTotpStep());
    assertEquals(Optional.of(1), other.throttle().find("account:ada").map(ThrottleState::failures));
  }

  /** The tables of this class, created on first use. */
  private static final class Schemas {
    static final TestSchema POSTGRES = TestSchema.shared(Dialect.POSTGRESQL, "pool_");
    static final TestSchema H2 = TestSchema.shared(Dialect.H2, "pool_");
  }
}
