/**
 * The ports: what account-security needs from its host, each with an in-memory implementation
 * in core, a JDBC one in the jdbc module, and a contract test suite in the testkit that any
 * implementation can run.
 *
 * <p>Operations a service must not split into a read and a write are named for what they do
 * atomically ({@link UserStore#advanceTotpStep}, {@link UserStore#consumeRecoveryCode}, {@link
 * OneTimeTokenStore#consume}, ...): their answer is the decision, so two service instances on
 * one store behave like one. Stores throw {@link StoreException} when they are broken, {@link
 * IllegalArgumentException} for input outside a documented bound, and nothing else.
 */
@NullMarked
package dev.accountsecurity.spi;

import org.jspecify.annotations.NullMarked;
