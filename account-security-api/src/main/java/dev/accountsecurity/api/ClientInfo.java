package dev.accountsecurity.api;

import java.util.Objects;

/**
 * What a host knows about the client behind a request: its IP address and User-Agent header.
 *
 * <p>Both are untrusted text. They are cut to {@link #MAX_ADDRESS_LENGTH} and {@link
 * #MAX_USER_AGENT_LENGTH} characters here, so no later step pays for a huge header.
 *
 * @param ipAddress the client's IP address as text, or empty when not known
 * @param userAgent the User-Agent header, or empty when absent
 */
public record ClientInfo(String ipAddress, String userAgent) {

  /** The longest address text kept: an IPv6 address with a zone id fits. */
  public static final int MAX_ADDRESS_LENGTH = 100;

  /** The longest User-Agent kept; real ones stay well below it. */
  public static final int MAX_USER_AGENT_LENGTH = 512;

  /**
   * Cuts both components to their bounds.
   *
   * @param ipAddress the client's IP address as text, or empty when not known
   * @param userAgent the User-Agent header, or empty when absent
   * @throws NullPointerException if a component is null
   */
  public ClientInfo {
    ipAddress = cut(Objects.requireNonNull(ipAddress, "ipAddress").strip(), MAX_ADDRESS_LENGTH);
    userAgent = cut(Objects.requireNonNull(userAgent, "userAgent"), MAX_USER_AGENT_LENGTH);
  }

  /**
   * Returns the client with the given address and header; null is read as empty.
   *
   * @param ipAddress the address text, may be null
   * @param userAgent the User-Agent header, may be null
   * @return the client
   */
  public static ClientInfo of(@org.jspecify.annotations.Nullable String ipAddress,
      @org.jspecify.annotations.Nullable String userAgent) {
    return new ClientInfo(ipAddress == null ? "" : ipAddress, userAgent == null ? "" : userAgent);
  }

  private static String cut(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
    return text.substring(0, end);
  }
}
