package dev.accountsecurity.core;

import dev.accountsecurity.spi.TokenHash;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/** Random tokens and identifiers, and the SHA-256 that stores keep instead of a token. */
final class SecureTokens {
  /** 256 bits: session tokens, challenges and reset tokens. */
  static final int TOKEN_BYTES = 32;

  /** Length of a 32-byte token in unpadded Base64url. */
  static final int TOKEN_LENGTH = 43;

  private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  // MessageDigest.getInstance costs more than hashing a token; one per thread keeps
  // session validation cheap.
  private static final ThreadLocal<MessageDigest> SHA256 =
      ThreadLocal.withInitial(SecureTokens::newSha256);

  private final SecureRandom random;

  SecureTokens(SecureRandom random) {
    this.random = random;
  }

  /** The randomness behind the tokens, for other secrets. */
  SecureRandom source() {
    return random;
  }

  /** A new 256-bit token in unpadded Base64url. */
  String newToken() {
    return randomText(TOKEN_BYTES);
  }

  /** A new 128-bit identifier in unpadded Base64url: 22 characters, valid for the id types. */
  String newId() {
    return randomText(16);
  }

  private String randomText(int bytes) {
    byte[] raw = new byte[bytes];
    random.nextBytes(raw);
    return BASE64URL.encodeToString(raw);
  }

  /** The SHA-256 of a text's UTF-8 bytes: how stores keep tokens (which are ASCII). */
  static TokenHash hash(String token) {
    MessageDigest digest = SHA256.get();
    byte[] sum = digest.digest(token.getBytes(StandardCharsets.UTF_8));
    char[] hex = new char[sum.length * 2];
    for (int i = 0; i < sum.length; i++) {
      hex[2 * i] = HEX[(sum[i] >> 4) & 0xf];
      hex[2 * i + 1] = HEX[sum[i] & 0xf];
    }
    return new TokenHash(new String(hex));
  }

  /** Whether text could be a token we issued: cheap, so junk never reaches a store. */
  static boolean plausible(String token) {
    if (token.length() != TOKEN_LENGTH) {
      return false;
    }
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '-' || c == '_';
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static MessageDigest newSha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
