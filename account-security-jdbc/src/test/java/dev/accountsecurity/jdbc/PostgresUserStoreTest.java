package dev.accountsecurity.jdbc;

import dev.accountsecurity.spi.UserStore;
import dev.accountsecurity.testkit.UserStoreContract;

/** The {@link UserStore} contract on PostgreSQL. */
class PostgresUserStoreTest extends UserStoreContract {
  private static final TestSchema SCHEMA = TestSchema.shared(Dialect.POSTGRESQL, "contract_u_");

  @Override
  protected UserStore newStore() {
    return SCHEMA.emptyStores().users();
  }
}
