package dev.accountsecurity.core.memory;

import dev.accountsecurity.spi.ThrottleStore;
import dev.accountsecurity.testkit.ThrottleStoreContract;

class InMemoryThrottleStoreTest extends ThrottleStoreContract {

  @Override
  protected ThrottleStore newStore() {
    return new InMemoryThrottleStore();
  }
}
