package dev.accountsecurity.spi;

import java.util.Optional;
import javax.crypto.SecretKey;

/**
 * The AES-256 keys that encrypt TOTP secrets at rest, by id, so that keys can rotate: new
 * secrets are encrypted under the current key, old ones decrypt under the key they name.
 * Implementations are thread-safe.
 */
public interface TotpKeyProvider {

  /**
   * Returns the id of the key new secrets are encrypted under.
   *
   * @return the key id
   */
  String currentKeyId();

  /**
   * Returns a key by id.
   *
   * @param keyId the id
   * @return the 32-byte AES key, or empty when the id is unknown
   */
  Optional<SecretKey> key(String keyId);
}
