/**
 * The entry point: {@link dev.accountsecurity.core.AccountSecurity}, built once from ports and
 * configuration, and the configuration types it takes.
 *
 * <p>Everything here is thread-safe once built. The implementations behind the facade are
 * package-private; the engines a host may want on their own live in sub-packages ({@code
 * password}, {@code totp}, {@code device}, {@code net}, {@code memory}).
 */
@NullMarked
package dev.accountsecurity.core;

import org.jspecify.annotations.NullMarked;
