/**
 * Contract test suites for the store ports of {@link dev.accountsecurity.spi}: one abstract
 * JUnit 5 class per port that any implementation runs by extending it, the library's own
 * in-memory and JDBC stores as much as a host's.
 *
 * <p>A host runs a suite by extending it in its test sources and returning a fresh, empty store
 * from {@code newStore()}:
 *
 * <pre>{@code
 * class RedisSessionStoreTest extends SessionStoreContract {
 *   @Override
 *   protected SessionStore newStore() {
 *     redis.flushAll();
 *     return new RedisSessionStore(redis);
 *   }
 * }
 * }</pre>
 *
 * <p>{@link dev.accountsecurity.testkit.TestData} builds the records the suites use, for a
 * host's own tests too. Every time the suites store is whole milliseconds, so stores that keep
 * microseconds round-trip it exactly.
 */
@NullMarked
package dev.accountsecurity.testkit;

import org.jspecify.annotations.NullMarked;
