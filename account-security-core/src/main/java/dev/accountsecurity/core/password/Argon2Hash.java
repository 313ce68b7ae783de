package dev.accountsecurity.core.password;

import java.security.MessageDigest;
import java.util.List;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.jspecify.annotations.Nullable;

/**
 * An Argon2 hash in the PHC string format the reference implementation writes, for example
 * {@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>} with salt and hash in Base64 without
 * padding. New hashes are Argon2id version 19 (1.3); Argon2i, Argon2d and version 16 (1.0) are
 * read for legacy imports and always need a rehash. Computed by Bouncy Castle.
 */
record Argon2Hash(
    int type, int version, int memoryKiB, int iterations, int parallelism, byte[] salt,
    byte[] output) implements StoredHash {

  private static final List<String> TYPE_NAMES = List.of("argon2d", "argon2i", "argon2id");

  static Argon2Hash derive(
      int memoryKiB, int iterations, int parallelism, byte[] salt, byte[] input) {
    int type = Argon2Parameters.ARGON2_id;
    int version = Argon2Parameters.ARGON2_VERSION_13;
    byte[] output = compute(type, version, memoryKiB, iterations, parallelism, salt, input,
        HashBounds.OUTPUT_BYTES);
    return new Argon2Hash(type, version, memoryKiB, iterations, parallelism, salt, output);
  }

  @Override
  public boolean matches(byte[] input) {
    byte[] derived = compute(type, version, memoryKiB, iterations, parallelism, salt, input,
        output.length);
    return MessageDigest.isEqual(derived, output);
  }

  @Override
  public boolean weakerThan(PasswordHashing config) {
    return config.algorithm() != PasswordHashing.Algorithm.ARGON2ID
        || type != Argon2Parameters.ARGON2_id
        || version != Argon2Parameters.ARGON2_VERSION_13
        || memoryKiB < config.argon2MemoryKiB()
        || iterations < config.argon2Iterations()
        || parallelism < config.argon2Parallelism()
        || salt.length < HashBounds.SALT_BYTES
        || output.length < HashBounds.OUTPUT_BYTES;
  }

  @Override
  public String encode() {
    return "$" + TYPE_NAMES.get(type) + "$v=" + version
        + "$m=" + memoryKiB + ",t=" + iterations + ",p=" + parallelism
        + "$" + HashText.base64(salt) + "$" + HashText.base64(output);
  }

  @Override
  public String toString() {
    return "Argon2Hash[" + TYPE_NAMES.get(type) + ", v=" + version + ", m=" + memoryKiB
        + ", t=" + iterations + ", p=" + parallelism + "]";
  }

  static @Nullable Argon2Hash parse(String text) {
    String[] parts = text.split("\\$", -1);
    // "", type, [v=..], m=..,t=..,p=.., salt, hash; without v= the version is 16 (1.0).
    if (parts.length == 5) {
      return parse(parts[1], "v=16", parts[2], parts[3], parts[4]);
    }
    if (parts.length == 6) {
      return parse(parts[1], parts[2], parts[3], parts[4], parts[5]);
    }
    return null;
  }

  private static @Nullable Argon2Hash parse(
      String typeName, String versionText, String parameters, String saltText,
      String outputText) {
    int type = TYPE_NAMES.indexOf(typeName);
    int version = parseVersion(versionText);
    int[] costs = parseCosts(parameters);
    byte[] salt = HashText.fromBase64(saltText);
    byte[] output = HashText.fromBase64(outputText);
    if (type < 0 || version < 0 || costs == null
        || !HashText.saltLengthOk(salt) || !HashText.outputLengthOk(output)) {
      return null;
    }
    return new Argon2Hash(type, version, costs[0], costs[1], costs[2], salt, output);
  }

  private static int parseVersion(String text) {
    int version = HashText.parameter(text, "v", 16, 19);
    return version == 16 || version == 19 ? version : -1;
  }

  /** Reads {@code m=..,t=..,p=..}: memory, iterations, parallelism; null when out of bounds. */
  private static int @Nullable [] parseCosts(String text) {
    String[] parts = text.split(",", -1);
    if (parts.length != 3) {
      return null;
    }
    int parallelism = HashText.parameter(parts[2], "p", 1, HashBounds.ARGON2_MAX_PARALLELISM);
    int iterations = HashText.parameter(parts[1], "t", 1, HashBounds.ARGON2_MAX_ITERATIONS);
    int memory = HashText.parameter(parts[0], "m", 8, HashBounds.ARGON2_MAX_MEMORY_KIB);
    if (parallelism < 0 || iterations < 0 || memory < 8 * parallelism) {
      return null;
    }
    return new int[] {memory, iterations, parallelism};
  }

  private static byte[] compute(
      int type, int version, int memoryKiB, int iterations, int parallelism, byte[] salt,
      byte[] input, int length) {
    Argon2Parameters parameters = new Argon2Parameters.Builder(type)
        .withVersion(version)
        .withMemoryAsKB(memoryKiB)
        .withIterations(iterations)
        .withParallelism(parallelism)
        .withSalt(salt)
        .build();
    Argon2BytesGenerator generator = new Argon2BytesGenerator();
    generator.init(parameters);
    byte[] output = new byte[length];
    generator.generateBytes(input, output);
    return output;
  }
}
