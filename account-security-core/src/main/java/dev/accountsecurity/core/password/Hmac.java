package dev.accountsecurity.core.password;

import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.SecretKey;

/** HMAC-SHA256 as the hashing code uses it: a fresh {@link Mac} per call, so thread-safe. */
final class Hmac {

  static final String ALGORITHM = "HmacSHA256";

  private Hmac() {}

  /**
   * Returns Base64, with padding, of HMAC-SHA256: 44 ASCII bytes, free of zero bytes, so that
   * bcrypt (which reads 72 bytes and, in C implementations, stops at a zero byte) sees all of it.
   *
   * @param key the key
   * @param message the message
   * @return the encoded MAC as ASCII bytes
   */
  static byte[] base64Sha256(SecretKey key, byte[] message) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return Base64.getEncoder().encode(mac.doFinal(message));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }
}
