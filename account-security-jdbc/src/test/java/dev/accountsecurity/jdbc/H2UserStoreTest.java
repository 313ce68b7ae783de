package dev.accountsecurity.jdbc;

import dev.accountsecurity.spi.UserStore;
import dev.accountsecurity.testkit.UserStoreContract;

/** The {@link UserStore} contract on H2. */
class H2UserStoreTest extends UserStoreContract {
  private static final TestSchema SCHEMA = TestSchema.shared(Dialect.H2, "contract_u_");

  @Override
  protected UserStore newStore() {
    return SCHEMA.emptyStores().users();
  }
}
