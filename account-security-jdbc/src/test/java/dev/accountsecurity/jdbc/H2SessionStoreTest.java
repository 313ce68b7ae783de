package dev.accountsecurity.jdbc;

import dev.accountsecurity.spi.SessionStore;
import dev.accountsecurity.testkit.SessionStoreContract;

/** The {@link SessionStore} contract on H2. */
class H2SessionStoreTest extends SessionStoreContract {
  private static final TestSchema SCHEMA = TestSchema.shared(Dialect.H2, "contract_s_");

  @Override
  protected SessionStore newStore() {
    return SCHEMA.emptyStores().sessions();
  }
}
