package dev.accountsecurity.core.memory;

import dev.accountsecurity.spi.UserStore;
import dev.accountsecurity.testkit.UserStoreContract;

class InMemoryUserStoreTest extends UserStoreContract {

  @Override
  protected UserStore newStore() {
    return new InMemoryUserStore();
  }
}
