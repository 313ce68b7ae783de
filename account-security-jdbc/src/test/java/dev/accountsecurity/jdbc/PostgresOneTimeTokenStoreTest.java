package dev.accountsecurity.jdbc;

import dev.accountsecurity.spi.OneTimeTokenStore;
import dev.accountsecurity.testkit.OneTimeTokenStoreContract;

/** The {@link OneTimeTokenStore} contract on PostgreSQL. */
class PostgresOneTimeTokenStoreTest extends OneTimeTokenStoreContract {
  private static final TestSchema SCHEMA = TestSchema.shared(Dialect.POSTGRESQL, "contract_o_");

  @Override
  protected OneTimeTokenStore newStore() {
    return SCHEMA.emptyStores().tokens();
  }
}
