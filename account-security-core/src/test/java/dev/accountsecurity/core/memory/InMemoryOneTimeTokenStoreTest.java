package dev.accountsecurity.core.memory;

import dev.accountsecurity.spi.OneTimeTokenStore;
import dev.accountsecurity.testkit.OneTimeTokenStoreContract;

class InMemoryOneTimeTokenStoreTest extends OneTimeTokenStoreContract {

  @Override
  protected OneTimeTokenStore newStore() {
    return new InMemoryOneTimeTokenStore();
  }
}
