package dev.accountsecurity.core.password;

import java.security.MessageDigest;
import org.bouncycastle.crypto.generators.SCrypt;
import org.jspecify.annotations.Nullable;

/**
 * An scrypt hash in the PHC-style format passlib writes: {@code
 * $scrypt$ln=17,r=8,p=1$<salt>$<hash>}, where {@code ln} is log2 of the cost N and salt and hash
 * are Base64 without padding. Computed by Bouncy Castle.
 */
record ScryptHash(int logN, int blockSize, int parallelism, byte[] salt, byte[] output)
    implements StoredHash {

  static final String PREFIX = "$scrypt$";

  static ScryptHash derive(int n, int blockSize, int parallelism, byte[] salt, byte[] input) {
    int logN = Integer.numberOfTrailingZeros(n);
    byte[] output = SCrypt.generate(input, salt, n, blockSize, parallelism,
        HashBounds.OUTPUT_BYTES);
    return new ScryptHash(logN, blockSize, parallelism, salt, output);
  }

  @Override
  public boolean matches(byte[] input) {
    byte[] derived = SCrypt.generate(input, salt, 1 << logN, blockSize, parallelism,
        output.length);
    return MessageDigest.isEqual(derived, output);
  }

  @Override
  public boolean weakerThan(PasswordHashing config) {
    return config.algorithm() != PasswordHashing.Algorithm.SCRYPT
        || (1 << logN) < config.scryptN()
        || blockSize < config.scryptR()
        || parallelism < config.scryptP()
        || salt.length < HashBounds.SALT_BYTES
        || output.length < HashBounds.OUTPUT_BYTES;
  }

  @Override
  public String encode() {
    return PREFIX + "ln=" + logN + ",r=" + blockSize + ",p=" + parallelism
        + "$" + HashText.base64(salt) + "$" + HashText.base64(output);
  }

  @Override
  public String toString() {
    return "ScryptHash[ln=" + logN + ", r=" + blockSize + ", p=" + parallelism + "]";
  }

  static @Nullable ScryptHash parse(String text) {
    String[] parts = text.split("\\$", -1);
    if (parts.length != 5 || !parts[1].equals("scrypt")) {
      return null;
    }
    String[] costs = parts[2].split(",", -1);
    if (costs.length != 3) {
      return null;
    }
    int logN = HashText.parameter(costs[0], "ln", 1, HashBounds.SCRYPT_MAX_LOG_N);
    int blockSize = HashText.parameter(costs[1], "r", 1, HashBounds.SCRYPT_MAX_R);
    int parallelism = HashText.parameter(costs[2], "p", 1, HashBounds.SCRYPT_MAX_P);
    byte[] salt = HashText.fromBase64(parts[3]);
    byte[] output = HashText.fromBase64(parts[4]);
    if (logN < 0 || blockSize < 0 || parallelism < 0 || !memoryOk(logN, blockSize)
        || !HashText.saltLengthOk(salt) || !HashText.outputLengthOk(output)) {
      return null;
    }
    return new ScryptHash(logN, blockSize, parallelism, salt, output);
  }

  private static boolean memoryOk(int logN, int blockSize) {
    return HashBounds.scryptMemoryBytes(1L << logN, blockSize)
        <= HashBounds.SCRYPT_MAX_MEMORY_BYTES;
  }
}
