package dev.accountsecurity.core.password;

import com.password4j.BcryptFunction;
import com.password4j.types.Bcrypt;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * A bcrypt hash, computed by Password4j, in one of two stored forms.
 *
 * <ul>
 *   <li>Modular crypt, {@code $2b$10$<22 salt chars><31 hash chars>}, for inputs of at most 72
 *       bytes; {@code $2a$} and {@code $2y$} are read too. An input longer than 72 bytes never
 *       matches such a hash: bcrypt would ignore the rest, so two passwords sharing their first
 *       72 bytes would both match.
 *   <li>Pre-hashed, for longer inputs, in the format passlib names {@code bcrypt_sha256}
 *       version 2: {@code $bcrypt-sha256$v=2,t=2b,r=10$<22 salt chars>$<31 hash chars>}. The
 *       password is first reduced to Base64 of HMAC-SHA256 keyed with the 22 salt characters
 *       (44 bytes), and that is what bcrypt hashes. The prefix tells the verifier.
 * </ul>
 */
record BcryptHash(String variant, int cost, boolean preHashed, String salt, byte[] output)
    implements StoredHash {

  static final String PRE_HASH_PREFIX = "$bcrypt-sha256$";

  private static final int OUTPUT_BYTES = 23;
  private static final String CHARS = "[./A-Za-z0-9]";
  private static final Pattern MODULAR = Pattern.compile(
      "\\$(2[aby])\\$(\\d\\d)\\$(" + CHARS + "{22})(" + CHARS + "{31})");
  private static final Pattern PRE_HASHED = Pattern.compile(
      "\\$bcrypt-sha256\\$v=2,t=(2b),r=(\\d{1,2})\\$(" + CHARS + "{22})\\$(" + CHARS + "{31})");

  static BcryptHash derive(int cost, byte[] saltBytes, byte[] input) {
    String salt = HashText.bcryptBase64(saltBytes);
    boolean preHashed = input.length > HashBounds.BCRYPT_MAX_INPUT_BYTES;
    byte[] output = compute("2b", cost, salt, preHashed ? preHash(salt, input) : input);
    return new BcryptHash("2b", cost, preHashed, salt, output);
  }

  @Override
  public boolean matches(byte[] input) {
    if (!preHashed && input.length > HashBounds.BCRYPT_MAX_INPUT_BYTES) {
      return false;
    }
    byte[] derived = compute(variant, cost, salt, preHashed ? preHash(salt, input) : input);
    return MessageDigest.isEqual(derived, output);
  }

  @Override
  public boolean weakerThan(PasswordHashing config) {
    return config.algorithm() != PasswordHashing.Algorithm.BCRYPT || cost < config.bcryptCost();
  }

  @Override
  public String encode() {
    String digest = HashText.bcryptBase64(output);
    if (preHashed) {
      return PRE_HASH_PREFIX + "v=2,t=" + variant + ",r=" + cost + "$" + salt + "$" + digest;
    }
    return "$" + variant + "$" + twoDigits(cost) + "$" + salt + digest;
  }

  @Override
  public String toString() {
    return "BcryptHash[" + variant + ", cost=" + cost + ", preHashed=" + preHashed + "]";
  }

  static @Nullable BcryptHash parse(String text) {
    Matcher modular = MODULAR.matcher(text);
    if (modular.matches()) {
      return parse(modular, false);
    }
    Matcher preHashed = PRE_HASHED.matcher(text);
    return preHashed.matches() ? parse(preHashed, true) : null;
  }

  private static @Nullable BcryptHash parse(Matcher matcher, boolean preHashed) {
    int cost = HashText.number(matcher.group(2), HashBounds.BCRYPT_MIN_COST,
        HashBounds.BCRYPT_MAX_COST);
    byte[] output = HashText.fromBcryptBase64(matcher.group(4));
    if (cost < 0 || output == null || output.length != OUTPUT_BYTES) {
      return null;
    }
    return new BcryptHash(matcher.group(1), cost, preHashed, matcher.group(3), output);
  }

  private static byte[] compute(String variant, int cost, String salt, byte[] input) {
    String setting = "$" + variant + "$" + twoDigits(cost) + "$" + salt;
    BcryptFunction function = BcryptFunction.getInstance(Bcrypt.valueOf(variant.charAt(1)), cost);
    byte[] raw = function.hash(input, setting.getBytes(StandardCharsets.US_ASCII)).getBytes();
    // bcrypt's 24-byte result is stored as 23 bytes; the last one never appears in the hash.
    return Arrays.copyOf(raw, OUTPUT_BYTES);
  }

  /** Base64 of HMAC-SHA256, keyed with the salt characters, of the input: 44 ASCII bytes. */
  private static byte[] preHash(String salt, byte[] input) {
    byte[] key = salt.getBytes(StandardCharsets.US_ASCII);
    return Hmac.base64Sha256(new SecretKeySpec(key, Hmac.ALGORITHM), input);
  }

  private static String twoDigits(int cost) {
    return cost < 10 ? "0" + cost : Integer.toString(cost);
  }
}
