package dev.accountsecurity.core.password;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.spec.InvalidKeySpecException;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * A PBKDF2-HMAC-SHA256 hash, computed by the JDK's {@code PBKDF2WithHmacSHA256}.
 *
 * <p>Written in passlib's {@code pbkdf2_sha256} format, {@code
 * $pbkdf2-sha256$600000$<salt>$<hash>}, salt and hash in passlib's adapted Base64 ({@code .}
 * for {@code +}, no padding). Also read: the PHC form RustCrypto writes, {@code
 * $pbkdf2-sha256$i=600000,l=32$<salt>$<hash>} (Base64 without padding), and Django's {@code
 * pbkdf2_sha256$600000$<salt text>$<hash>}, whose salt is used as its UTF-8 bytes and whose
 * hash is padded Base64.
 */
record Pbkdf2Hash(int iterations, byte[] salt, byte[] output) implements StoredHash {

  private static final String PREFIX = "$pbkdf2-sha256$";
  private static final String DJANGO_PREFIX = "pbkdf2_sha256$";
  private static final Pattern PHC_PARAMETERS = Pattern.compile("i=(\\d{1,9})(?:,l=(\\d{1,2}))?");
  private static final Pattern DJANGO_SALT = Pattern.compile("[\\x21-\\x23\\x25-\\x7e]{1,64}");

  static Pbkdf2Hash derive(int iterations, byte[] salt, byte[] input) {
    byte[] output = compute(input, salt, iterations, HashBounds.OUTPUT_BYTES);
    return new Pbkdf2Hash(iterations, salt, output);
  }

  @Override
  public boolean matches(byte[] input) {
    byte[] derived = compute(input, salt, iterations, output.length);
    return MessageDigest.isEqual(derived, output);
  }

  @Override
  public boolean weakerThan(PasswordHashing config) {
    return config.algorithm() != PasswordHashing.Algorithm.PBKDF2_SHA256
        || iterations < config.pbkdf2Iterations()
        || salt.length < HashBounds.SALT_BYTES
        || output.length < HashBounds.OUTPUT_BYTES;
  }

  @Override
  public String encode() {
    return PREFIX + iterations
        + "$" + HashText.adaptedBase64(salt) + "$" + HashText.adaptedBase64(output);
  }

  @Override
  public String toString() {
    return "Pbkdf2Hash[i=" + iterations + "]";
  }

  static @Nullable Pbkdf2Hash parse(String text) {
    String[] parts = text.split("\\$", -1);
    if (text.startsWith(PREFIX) && parts.length == 5) {
      return parsePrefixed(parts[2], parts[3], parts[4]);
    }
    if (text.startsWith(DJANGO_PREFIX) && parts.length == 4) {
      return parseDjango(parts[1], parts[2], parts[3]);
    }
    return null;
  }

  private static @Nullable Pbkdf2Hash parsePrefixed(
      String parameters, String saltText, String outputText) {
    Matcher phc = PHC_PARAMETERS.matcher(parameters);
    if (phc.matches()) {
      byte[] output = HashText.fromBase64(outputText);
      boolean lengthOk = phc.group(2) == null
          || output != null && output.length == Integer.parseInt(phc.group(2));
      return lengthOk ? checked(phc.group(1), HashText.fromBase64(saltText), output) : null;
    }
    return checked(parameters, HashText.fromAdaptedBase64(saltText),
        HashText.fromAdaptedBase64(outputText));
  }

  private static @Nullable Pbkdf2Hash parseDjango(
      String iterations, String saltText, String outputText) {
    if (!DJANGO_SALT.matcher(saltText).matches()) {
      return null;
    }
    byte[] salt = saltText.getBytes(StandardCharsets.UTF_8);
    return checked(iterations, salt, HashText.fromBase64(outputText));
  }

  private static @Nullable Pbkdf2Hash checked(
      String iterationsText, byte @Nullable [] salt, byte @Nullable [] output) {
    int iterations = HashText.number(iterationsText, 1, HashBounds.PBKDF2_MAX_ITERATIONS);
    if (iterations < 0 || !HashText.saltLengthOk(salt) || !HashText.outputLengthOk(output)) {
      return null;
    }
    return new Pbkdf2Hash(iterations, salt, output);
  }

  private static byte[] compute(byte[] input, byte[] salt, int iterations, int length) {
    // The JDK takes the password as characters and encodes them as UTF-8; every input here is
    // valid UTF-8 (a password's encoding or ASCII), so decoding first hands it the same bytes.
    char[] password = new String(input, StandardCharsets.UTF_8).toCharArray();
    PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, length * Byte.SIZE);
    try {
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec)
          .getEncoded();
    } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
      throw new IllegalStateException("PBKDF2WithHmacSHA256 failed", e);
    } finally {
      spec.clearPassword();
      Arrays.fill(password, '\0');
    }
  }
}
