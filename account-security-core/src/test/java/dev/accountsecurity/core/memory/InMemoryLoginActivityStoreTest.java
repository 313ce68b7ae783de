package dev.accountsecurity.core.memory;

import dev.accountsecurity.spi.LoginActivityStore;
import dev.accountsecurity.testkit.LoginActivityStoreContract;

class InMemoryLoginActivityStoreTest extends LoginActivityStoreContract {

  @Override
  protected LoginActivityStore newStore() {
    return new InMemoryLoginActivityStore();
  }
}
