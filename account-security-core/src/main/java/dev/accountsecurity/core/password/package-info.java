/**
 * Passwords: the policy a new password must pass ({@link
 * dev.accountsecurity.core.password.PasswordPolicy}), the hashing configuration ({@link
 * dev.accountsecurity.core.password.PasswordHashing}) and the hasher that stores and verifies
 * passwords ({@link dev.accountsecurity.core.password.PasswordHasher}).
 *
 * <p>Every password is normalised to Unicode NFKC ({@link
 * dev.accountsecurity.core.password.PasswordText}) before it is checked or hashed, so the same
 * password typed on two keyboards that produce different code points still matches, and its
 * length is counted in code points.
 *
 * <p>Engines: Argon2id and scrypt run on Bouncy Castle, bcrypt on Password4j and PBKDF2 on the
 * JDK, each chosen because it measured fastest and leanest here. The common-password list is the
 * one bundled with zxcvbn4j (MIT licence), which also gives the optional strength score.
 */
@NullMarked
package dev.accountsecurity.core.password;

import org.jspecify.annotations.NullMarked;
