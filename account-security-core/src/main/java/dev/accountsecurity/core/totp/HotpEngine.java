package dev.accountsecurity.core.totp;

import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.ShortBufferException;
import javax.crypto.spec.SecretKeySpec;

/**
 * RFC 4226 HOTP on the calling thread's own {@link Mac}.
 *
 * <p>Verification is on every login, so {@link Mac#getInstance} (a provider lookup) is done
 * once per thread and algorithm. Per check there is one {@link Mac#init}, two small buffers and
 * one HMAC per time step. The thread-local holds only the JDK's {@code Mac}, never a class of
 * this library, so a redeployed application does not leak its class loader through a pooled
 * thread. The thread's Mac keeps the last key's HMAC state until its next use; the decrypted
 * secret is on the caller's heap anyway, so this adds no exposure worth a re-init per call.
 *
 * <p>An engine belongs to the thread that made it and is used for one check only.
 */
final class HotpEngine {
  private static final Map<HmacAlgorithm, ThreadLocal<Mac>> MACS = macs();

  private final Mac mac;
  private final byte[] counter = new byte[Long.BYTES];
  private final byte[] digest;

  private HotpEngine(Mac mac) {
    this.mac = mac;
    this.digest = new byte[mac.getMacLength()];
  }

  /**
   * Returns an engine on this thread's Mac for the algorithm, initialised with the key. Valid
   * until the thread's next call of this method.
   */
  static HotpEngine forKey(HmacAlgorithm algorithm, SecretKeySpec key) {
    Mac mac = MACS.get(algorithm).get();
    try {
      mac.init(key);
    } catch (InvalidKeyException e) {
      throw new IllegalStateException("the HMAC refused a raw key", e);
    }
    return new HotpEngine(mac);
  }

  /** Returns the 31-bit value of RFC 4226 dynamic truncation for the counter {@code step}. */
  int truncated(long step) {
    for (int i = counter.length - 1; i >= 0; i--) {
      counter[i] = (byte) step;
      step >>>= 8;
    }
    mac.update(counter);
    finish();
    int offset = digest[digest.length - 1] & 0x0f;
    return (digest[offset] & 0x7f) << 24
        | (digest[offset + 1] & 0xff) << 16
        | (digest[offset + 2] & 0xff) << 8
        | (digest[offset + 3] & 0xff);
  }

  private void finish() {
    try {
      mac.doFinal(digest, 0);
    } catch (ShortBufferException e) {
      throw new IllegalStateException("digest buffer too short", e);
    }
  }

  private static Mac newMac(HmacAlgorithm algorithm) {
    try {
      return Mac.getInstance(algorithm.jcaName());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("this JVM has no " + algorithm.jcaName(), e);
    }
  }

  private static Map<HmacAlgorithm, ThreadLocal<Mac>> macs() {
    Map<HmacAlgorithm, ThreadLocal<Mac>> macs = new EnumMap<>(HmacAlgorithm.class);
    for (HmacAlgorithm algorithm : HmacAlgorithm.values()) {
      macs.put(algorithm, ThreadLocal.withInitial(() -> newMac(algorithm)));
    }
    return macs;
  }
}
