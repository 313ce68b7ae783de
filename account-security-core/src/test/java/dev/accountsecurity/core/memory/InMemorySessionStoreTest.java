package dev.accountsecurity.core.memory;

import dev.accountsecurity.spi.SessionStore;
import dev.accountsecurity.testkit.SessionStoreContract;

class InMemorySessionStoreTest extends SessionStoreContract {

  @Override
  protected SessionStore newStore() {
    return new InMemorySessionStore();
  }
}
