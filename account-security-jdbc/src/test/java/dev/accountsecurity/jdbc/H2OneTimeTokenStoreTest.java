package dev.accountsecurity.jdbc;

import dev.accountsecurity.spi.OneTimeTokenStore;
import dev.accountsecurity.testkit.OneTimeTokenStoreContract;

/** The {@link OneTimeTokenStore} contract on H2. */
class H2OneTimeTokenStoreTest extends OneTimeTokenStoreContract {
  private static final TestSchema SCHEMA = TestSchema.shared(Dialect.H2, "contract_o_");

  @Override
  protected OneTimeTokenStore newStore() {
    return SCHEMA.emptyStores().tokens();
  }
}
