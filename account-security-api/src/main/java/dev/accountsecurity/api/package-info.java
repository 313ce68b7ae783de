/**
 * The public face of account-security: value types, result types and the facade interfaces a
 * host calls from its controllers.
 *
 * <p>Every type here is immutable and thread-safe. Parameters and return values are non-null
 * unless marked {@link org.jspecify.annotations.Nullable}. Expected outcomes (a wrong password,
 * a bad code, a policy violation) come back as sealed result types; exceptions are kept for
 * misuse ({@link NullPointerException}, {@link IllegalArgumentException}) and for broken stores
 * ({@link dev.accountsecurity.spi.StoreException}).
 */
@NullMarked
package dev.accountsecurity.api;

import org.jspecify.annotations.NullMarked;
