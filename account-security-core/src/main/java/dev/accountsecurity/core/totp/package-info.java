/**
 * Two-factor building blocks: RFC 6238 TOTP codes and their verification with replay protection
 * and a clock-drift hint, the {@code otpauth://} Key URI, RFC 4648 Base32, AES-256-GCM
 * encryption of TOTP secrets at rest, and recovery codes.
 *
 * <p>Every class here, builders aside, is immutable and thread-safe. Nothing secret appears in a
 * {@code toString}, an exception message or a log line. Parameters and return values are
 * non-null unless marked {@link org.jspecify.annotations.Nullable}; a null argument fails fast
 * with a {@link NullPointerException} that names the parameter.
 */
@NullMarked
package dev.accountsecurity.core.totp;

import org.jspecify.annotations.NullMarked;
