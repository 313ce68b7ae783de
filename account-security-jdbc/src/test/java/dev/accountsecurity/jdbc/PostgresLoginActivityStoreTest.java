package dev.accountsecurity.jdbc;

import dev.accountsecurity.spi.LoginActivityStore;
import dev.accountsecurity.testkit.LoginActivityStoreContract;

/** The {@link LoginActivityStore} contract on PostgreSQL. */
class PostgresLoginActivityStoreTest extends LoginActivityStoreContract {
  private static final TestSchema SCHEMA = TestSchema.shared(Dialect.POSTGRESQL, "contract_e_");

  @Override
  protected LoginActivityStore newStore() {
    return SCHEMA.emptyStores().loginActivity();
  }
}
