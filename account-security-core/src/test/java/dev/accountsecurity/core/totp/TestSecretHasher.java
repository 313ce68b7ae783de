package dev.accountsecurity.core.totp;

import dev.accountsecurity.core.internal.SecretHasher;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A cheap salted PBKDF2 hasher for tests, counting its verifications so tests can tell how many
 * hashes a check cost. Not a production hasher: its iteration count is far too low.
 */
final class TestSecretHasher implements SecretHasher {
  private static final int ITERATIONS = 100;
  private static final String PREFIX = "$pbkdf2-sha256$i=" + ITERATIONS + "$";

  private final SecureRandom random = new SecureRandom();
  private final AtomicInteger verifications = new AtomicInteger();

  @Override
  public String hash(String secret) {
    byte[] salt = new byte[16];
    random.nextBytes(salt);
    Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
    return PREFIX + base64.encodeToString(salt) + "$" + base64.encodeToString(derive(secret, salt));
  }

  @Override
  public boolean verify(String secret, String encoded) {
    verifications.incrementAndGet();
    if (!encoded.startsWith(PREFIX)) {
      return false;
    }
    String[] parts = encoded.substring(PREFIX.length()).split("\\$");
    if (parts.length != 2) {
      return false;
    }
    byte[] salt = Base64.getDecoder().decode(parts[0]);
    byte[] expected = Base64.getDecoder().decode(parts[1]);
    return MessageDigest.isEqual(expected, derive(secret, salt));
  }

  int verifications() {
    return verifications.get();
  }

  private static byte[] derive(String secret, byte[] salt) {
    try {
      SecretKeyFactory factory = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
      PBEKeySpec spec = new PBEKeySpec(secret.toCharArray(), salt, ITERATIONS, 256);
      return factory.generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
