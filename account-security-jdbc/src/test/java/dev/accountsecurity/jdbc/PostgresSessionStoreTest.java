package dev.accountsecurity.jdbc;

import dev.accountsecurity.spi.SessionStore;
import dev.accountsecurity.testkit.SessionStoreContract;

/** The {@link SessionStore} contract on PostgreSQL. */
class PostgresSessionStoreTest extends SessionStoreContract {
  private static final TestSchema SCHEMA = TestSchema.shared(Dialect.POSTGRESQL, "contract_s_");

  @Override
  protected SessionStore newStore() {
    return SCHEMA.emptyStores().sessions();
  }
}
