package dev.accountsecurity.jdbc;

import dev.accountsecurity.spi.ThrottleStore;
import dev.accountsecurity.testkit.ThrottleStoreContract;

/** The {@link ThrottleStore} contract on H2. */
class H2ThrottleStoreTest extends ThrottleStoreContract {
  private static final TestSchema SCHEMA = TestSchema.shared(Dialect.H2, "contract_t_");

  @Override
  protected ThrottleStore newStore() {
    return SCHEMA.emptyStores().throttle();
  }
}
