package dev.accountsecurity.core.totp;

import dev.accountsecurity.api.UserId;
import dev.accountsecurity.spi.EncryptedSecret;
import dev.accountsecurity.spi.TotpKeyProvider;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Encrypts TOTP secrets at rest with AES-256-GCM.
 *
 * <p>Each secret gets a fresh 12-byte random nonce and a 128-bit tag; the user id, as UTF-8, is
 * the associated data, so a ciphertext copied into another user's row does not open. The stored
 * text is Base64 of nonce, ciphertext and tag, beside the id of the key, so keys can rotate: new
 * secrets are sealed under the provider's current key, old ones open under the key they name,
 * and {@link #needsRotation} tells which to re-seal.
 *
 * <p>Thread-safe: each thread reuses its own {@link Cipher}, since looking one up costs more
 * than the encryption itself.
 */
public final class SecretBox {
  /** The longest secret sealed. */
  public static final int MAX_SECRET_BYTES = 128;
  /** The longest stored ciphertext text opened. */
  public static final int MAX_CIPHERTEXT_LENGTH = 1024;

  private static final String TRANSFORMATION = "AES/GCM/NoPadding";
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final int TAG_BYTES = TAG_BITS / 8;
  private static final Pattern PRINTABLE_KEY_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
  private static final ThreadLocal<Cipher> CIPHERS = ThreadLocal.withInitial(SecretBox::newCipher);

  private final TotpKeyProvider keys;
  private final SecureRandom random;

  /**
   * Creates a box over a key provider.
   *
   * @param keys the AES-256 keys by id
   * @param random the source of nonces
   * @throws NullPointerException if an argument is null
   */
  public SecretBox(TotpKeyProvider keys, SecureRandom random) {
    this.keys = Objects.requireNonNull(keys, "keys");
    this.random = Objects.requireNonNull(random, "random");
  }

  /**
   * Encrypts a secret for a user under the current key.
   *
   * @param user the user the secret belongs to, bound as associated data
   * @param secret the secret, 1 to {@value #MAX_SECRET_BYTES} bytes
   * @return the encrypted secret with the current key id
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the secret is empty or too long
   * @throws SecretBoxException if the provider has no key under its current key id, or the key
   *     is not a usable AES key
   */
  public EncryptedSecret seal(UserId user, byte[] secret) {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(secret, "secret");
    if (secret.length < 1 || secret.length > MAX_SECRET_BYTES) {
      throw new IllegalArgumentException(
          "secret must be 1 to " + MAX_SECRET_BYTES + " bytes but was " + secret.length);
    }
    String keyId = keys.currentKeyId();
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    byte[] sealed = encrypt(keyFor(keyId), nonce, user, secret, keyId);
    return new EncryptedSecret(keyId, Base64.getEncoder().encodeToString(sealed));
  }

  /**
   * Decrypts a secret sealed for a user.
   *
   * @param user the user the secret was sealed for
   * @param sealed the encrypted secret
   * @return the secret
   * @throws NullPointerException if an argument is null
   * @throws SecretBoxException if the key id is unknown, the ciphertext is malformed, or it
   *     fails authentication: sealed for another user, or changed
   */
  public byte[] open(UserId user, EncryptedSecret sealed) {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(sealed, "sealed");
    String keyId = sealed.keyId();
    SecretKey key = keyFor(keyId);
    byte[] bytes = decodeCiphertext(sealed.ciphertext(), keyId);
    return decrypt(key, bytes, user, keyId);
  }

  /**
   * Tells whether a secret is sealed under a key other than the current one, and should be
   * re-sealed with {@link #reseal}.
   *
   * @param sealed the encrypted secret
   * @return true when its key id is not the current one
   * @throws NullPointerException if {@code sealed} is null
   */
  public boolean needsRotation(EncryptedSecret sealed) {
    Objects.requireNonNull(sealed, "sealed");
    return !sealed.keyId().equals(keys.currentKeyId());
  }

  /**
   * Opens a secret and seals it again under the current key.
   *
   * @param user the user the secret was sealed for
   * @param sealed the encrypted secret
   * @return the secret sealed under the current key, with a fresh nonce
   * @throws NullPointerException if an argument is null
   * @throws SecretBoxException as {@link #open} and {@link #seal} do
   */
  public EncryptedSecret reseal(UserId user, EncryptedSecret sealed) {
    byte[] secret = open(user, sealed);
    try {
      return seal(user, secret);
    } finally {
      Arrays.fill(secret, (byte) 0);
    }
  }

  private SecretKey keyFor(String keyId) {
    return keys.key(keyId)
        .orElseThrow(() -> new SecretBoxException("no key with id " + describe(keyId)));
  }

  private static byte[] encrypt(
      SecretKey key, byte[] nonce, UserId user, byte[] secret, String keyId) {
    Cipher cipher = CIPHERS.get();
    byte[] out = new byte[NONCE_BYTES + secret.length + TAG_BYTES];
    System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
    try {
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(associatedData(user));
      cipher.doFinal(secret, 0, secret.length, out, NONCE_BYTES);
      return out;
    } catch (GeneralSecurityException e) {
      throw new SecretBoxException("cannot seal under key " + describe(keyId), e);
    }
  }

  private static byte[] decrypt(SecretKey key, byte[] bytes, UserId user, String keyId) {
    Cipher cipher = CIPHERS.get();
    try {
      cipher.init(
          Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
      cipher.updateAAD(associatedData(user));
      return cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
    } catch (AEADBadTagException e) {
      throw new SecretBoxException(
          "secret under key " + describe(keyId)
              + " failed authentication: changed, or sealed for another user");
    } catch (GeneralSecurityException e) {
      throw new SecretBoxException("cannot open a secret under key " + describe(keyId), e);
    }
  }

  private static byte[] decodeCiphertext(String text, String keyId) {
    if (text.length() > MAX_CIPHERTEXT_LENGTH) {
      throw new SecretBoxException("ciphertext under key " + describe(keyId) + " is too long");
    }
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(text);
    } catch (IllegalArgumentException e) {
      throw new SecretBoxException("ciphertext under key " + describe(keyId) + " is not Base64");
    }
    if (bytes.length < NONCE_BYTES + TAG_BYTES + 1) {
      throw new SecretBoxException("ciphertext under key " + describe(keyId) + " is too short");
    }
    return bytes;
  }

  private static byte[] associatedData(UserId user) {
    return user.value().getBytes(StandardCharsets.UTF_8);
  }

  /** Quotes a key id for a message, unless it came from storage in a shape no provider makes. */
  private static String describe(String keyId) {
    return PRINTABLE_KEY_ID.matcher(keyId).matches() ? "'" + keyId + "'" : "(malformed id)";
  }

  private static Cipher newCipher() {
    try {
      return Cipher.getInstance(TRANSFORMATION);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("this JVM has no " + TRANSFORMATION, e);
    }
  }

  /** Returns the scheme only. */
  @Override
  public String toString() {
    return "SecretBox[" + TRANSFORMATION + "]";
  }
}
