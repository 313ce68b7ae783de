package dev.accountsecurity.jdbc;

import dev.accountsecurity.spi.LoginActivityStore;
import dev.accountsecurity.testkit.LoginActivityStoreContract;

/** The {@link LoginActivityStore} contract on H2. */
class H2LoginActivityStoreTest extends LoginActivityStoreContract {
  private static final TestSchema SCHEMA = TestSchema.shared(Dialect.H2, "contract_e_");

  @Override
  protected LoginActivityStore newStore() {
    return SCHEMA.emptyStores().loginActivity();
  }
}
