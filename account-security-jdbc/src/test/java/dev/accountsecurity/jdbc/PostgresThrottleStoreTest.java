package dev.accountsecurity.jdbc;

import dev.accountsecurity.spi.ThrottleStore;
import dev.accountsecurity.testkit.ThrottleStoreContract;

/** The {@link ThrottleStore} contract on PostgreSQL. */
class PostgresThrottleStoreTest extends ThrottleStoreContract {
  private static final TestSchema SCHEMA = TestSchema.shared(Dialect.POSTGRESQL, "contract_t_");

  @Override
  protected ThrottleStore newStore() {
    return SCHEMA.emptyStores().throttle();
  }
}
