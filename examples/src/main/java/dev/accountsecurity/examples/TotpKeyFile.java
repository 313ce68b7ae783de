package dev.accountsecurity.examples;

import dev.accountsecurity.core.totp.StaticTotpKeyProvider;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The key that encrypts TOTP secrets at rest, kept in a file beside the profile server's H2
 * database so that a restart can still read the secrets it stored. A production service takes
 * its keys from a secret manager instead. Thread-safe: holds no state.
 */
final class TotpKeyFile {
  private static final String KEY_ID = "k1";

  private TotpKeyFile() {}

  /** Reads the key, or makes one (readable by the owner only) when the file does not exist. */
  static StaticTotpKeyProvider loadOrCreate(Path file, SecureRandom random) throws IOException {
    if (!Files.exists(file)) {
      create(file, random);
    }
    String text = Files.readString(file, StandardCharsets.US_ASCII).strip();
    byte[] key;
    try {
      key = Base64.getDecoder().decode(text);
    } catch (IllegalArgumentException e) {
      throw new IOException(file + " must hold one Base64 key", e);
    }
    return StaticTotpKeyProvider.builder().key(KEY_ID, key).current(KEY_ID).build();
  }

  private static void create(Path file, SecureRandom random) throws IOException {
    byte[] key = new byte[StaticTotpKeyProvider.KEY_BYTES];
    random.nextBytes(key);
    Files.createDirectories(file.toAbsolutePath().getParent());
    try {
      Files.createFile(file);
    } catch (FileAlreadyExistsException e) {
      return; // Another process made it a moment ago; use theirs.
    }
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException e) {
      // Not a POSIX file system: the folder's own permissions are what protects it.
    }
    Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n",
        StandardCharsets.US_ASCII);
  }
}
