package dev.accountsecurity.core.totp;

/**
 * The HMAC hash functions RFC 6238 allows for TOTP. {@link #SHA1} is the one every authenticator
 * app supports; several apps ignore the others silently, so choose them only for apps known to
 * honour them.
 */
public enum HmacAlgorithm {
  /** HMAC-SHA-1, the RFC 4226 default and the only one all apps support. */
  SHA1("HmacSHA1", "SHA1", 20),
  /** HMAC-SHA-256. */
  SHA256("HmacSHA256", "SHA256", 32),
  /** HMAC-SHA-512. */
  SHA512("HmacSHA512", "SHA512", 64);

  private final String jcaName;
  private final String otpauthName;
  private final int macLength;

  HmacAlgorithm(String jcaName, String otpauthName, int macLength) {
    this.jcaName = jcaName;
    this.otpauthName = otpauthName;
    this.macLength = macLength;
  }

  /**
   * Returns the name under which the Java Cryptography Architecture knows this MAC.
   *
   * @return for example {@code HmacSHA1}
   */
  public String jcaName() {
    return jcaName;
  }

  /**
   * Returns the name the {@code algorithm} parameter of an {@code otpauth://} URI uses.
   *
   * @return for example {@code SHA1}
   */
  public String otpauthName() {
    return otpauthName;
  }

  /**
   * Returns the length of the MAC in bytes, which is also the secret length RFC 6238 suggests.
   *
   * @return 20, 32 or 64
   */
  public int macLength() {
    return macLength;
  }
}
