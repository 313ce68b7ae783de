package dev.accountsecurity.core.net;

import dev.accountsecurity.api.AddressKind;
import dev.accountsecurity.api.ClientInfo;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * IP addresses from untrusted text, without ever asking a name server.
 *
 * <p>{@link #parse} accepts IPv4 and IPv6 literals only and builds the address from bytes it
 * checked itself, so no text ever reaches a resolver. IPv4-mapped IPv6 addresses ({@code
 * ::ffff:203.0.113.9}) come back as the IPv4 address they carry, here and in every other method.
 *
 * <p>Stateless and thread-safe.
 */
public final class IpAddresses {

  private static final int MAX_TEXT_LENGTH = ClientInfo.MAX_ADDRESS_LENGTH;
  private static final int MAX_ZONE_LENGTH = 32;
  private static final int IPV4_BYTES = 4;
  private static final int IPV6_GROUPS = 8;
  private static final int MAPPED_PREFIX_BYTES = 12;
  private static final int IPV4_KEPT_BITS = 24;
  private static final int IPV6_KEPT_BITS = 48;

  private IpAddresses() {}

  /**
   * Parses an IPv4 or IPv6 literal.
   *
   * <p>Accepted: dotted-quad IPv4 ({@code 203.0.113.9}); IPv6 in any RFC 4291 text form, upper
   * or lower case, with an embedded IPv4 tail ({@code 64:ff9b::192.0.2.1}); IPv6 in brackets
   * ({@code [::1]}); IPv6 with a zone id, which is dropped ({@code fe80::1%eth0}). IPv4-mapped
   * IPv6 comes back as its IPv4 address.
   *
   * <p>Refused: host names, ports, whitespace, IPv4 with fewer or more than four parts, parts
   * above 255, and parts with a leading zero such as {@code 01.2.3.4}: some systems read those as
   * octal and others as decimal, so the same text would name two hosts. Zone ids are 1 to 32
   * letters, digits, dots, dashes or underscores. Text longer than {@link
   * ClientInfo#MAX_ADDRESS_LENGTH} characters is refused unread.
   *
   * @param text the literal
   * @return the address, or empty when the text is not a literal this method accepts
   * @throws NullPointerException if text is null
   */
  public static Optional<InetAddress> parse(String text) {
    Objects.requireNonNull(text, "text");
    if (text.isEmpty() || text.length() > MAX_TEXT_LENGTH) {
      return Optional.empty();
    }
    byte[] bytes = parseBytes(text);
    return bytes == null ? Optional.empty() : Optional.of(toAddress(bytes));
  }

  /**
   * Tells what kind of network an address belongs to: loopback, private, link-local,
   * carrier-grade NAT, documentation, another reserved range, or public.
   *
   * <p>Besides the ranges named on {@link AddressKind}, these count as {@link
   * AddressKind#DOCUMENTATION}: 3fff::/20 (RFC 9637); and these as {@link AddressKind#RESERVED}:
   * 192.0.0.0/24, 198.18.0.0/15, 2001:2::/48 (benchmarking), 64:ff9b::/96 (NAT64) and every
   * IPv6 address outside 2000::/3 that is not loopback, private, link-local or multicast.
   *
   * @param address the address
   * @return its kind; never {@link AddressKind#INVALID}
   * @throws NullPointerException if address is null
   */
  public static AddressKind classify(InetAddress address) {
    Objects.requireNonNull(address, "address");
    return SpecialRanges.classify(plainBytes(address));
  }

  /**
   * Returns the address with its host part zeroed, for storing or showing where the full
   * address is more than needed: an IPv4 address keeps its first 24 bits ({@code 203.0.113.0}),
   * an IPv6 address its first 48 ({@code 2001:db8:1::}).
   *
   * @param address the address
   * @return the truncated address in canonical text
   * @throws NullPointerException if address is null
   */
  public static String truncate(InetAddress address) {
    Objects.requireNonNull(address, "address");
    byte[] bytes = plainBytes(address);
    int kept = bytes.length == IPV4_BYTES ? IPV4_KEPT_BITS : IPV6_KEPT_BITS;
    return formatBytes(Cidr.mask(bytes, kept));
  }

  /**
   * Returns an address's canonical text: dotted-quad IPv4, or IPv6 as RFC 5952 writes it (lower
   * case, no leading zeros, the longest run of two or more zero groups shortened to {@code ::}).
   * A zone id is left out. Unlike {@link InetAddress#toString} this never asks a name server.
   *
   * @param address the address
   * @return the canonical text
   * @throws NullPointerException if address is null
   */
  public static String format(InetAddress address) {
    Objects.requireNonNull(address, "address");
    return formatBytes(plainBytes(address));
  }

  /**
   * Returns an address's bytes, an IPv4-mapped IPv6 address as its 4 IPv4 bytes.
   *
   * @param address the address
   * @return 4 or 16 bytes, a fresh array
   */
  static byte[] plainBytes(InetAddress address) {
    byte[] bytes = address.getAddress();
    return isMapped(bytes) ? Arrays.copyOfRange(bytes, MAPPED_PREFIX_BYTES, bytes.length) : bytes;
  }

  /**
   * Formats 4 or 16 address bytes as canonical text.
   *
   * @param bytes the bytes
   * @return the text
   */
  static String formatBytes(byte[] bytes) {
    return bytes.length == IPV4_BYTES ? formatIpv4(bytes) : formatIpv6(bytes);
  }

  /**
   * Reads a plain decimal number: ASCII digits only, no sign, no leading zero.
   *
   * @param text the text
   * @param from the first index, inclusive
   * @param to the last index, exclusive
   * @param maxDigits the most digits allowed
   * @return the number, or -1 when the range is not such a number
   */
  static int decimal(CharSequence text, int from, int to, int maxDigits) {
    int length = to - from;
    if (length < 1 || length > maxDigits || (length > 1 && text.charAt(from) == '0')) {
      return -1;
    }
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static byte @Nullable [] parseBytes(String text) {
    boolean bracketed = text.charAt(0) == '[';
    int from = bracketed ? 1 : 0;
    int to = text.length();
    if (bracketed) {
      if (text.charAt(to - 1) != ']') {
        return null;
      }
      to--;
    }
    int percent = text.indexOf('%');
    if (percent >= 0) {
      return isZone(text, percent + 1, to) ? parseIpv6(text, from, percent) : null;
    }
    if (bracketed || text.indexOf(':') >= 0) {
      return parseIpv6(text, from, to);
    }
    return parseIpv4(text, from, to);
  }

  private static byte @Nullable [] parseIpv4(CharSequence text, int from, int to) {
    byte[] bytes = new byte[IPV4_BYTES];
    int part = 0;
    int start = from;
    for (int i = from; i <= to; i++) {
      if (i < to && text.charAt(i) != '.') {
        continue;
      }
      int value = part < IPV4_BYTES ? decimal(text, start, i, 3) : -1;
      if (value < 0 || value > 255) {
        return null;
      }
      bytes[part++] = (byte) value;
      start = i + 1;
    }
    return part == IPV4_BYTES ? bytes : null;
  }

  private static byte @Nullable [] parseIpv6(String text, int from, int to) {
    int[] groups = new int[IPV6_GROUPS];
    int gap = text.indexOf("::", from);
    if (gap < 0 || gap + 2 > to) {
      return readGroups(text, from, to, groups, true) == IPV6_GROUPS ? toBytes(groups) : null;
    }
    int second = text.indexOf("::", gap + 1);
    if (second >= 0 && second + 2 <= to) {
      return null;
    }
    int head = readGroups(text, from, gap, groups, false);
    int[] tail = new int[IPV6_GROUPS];
    int tailCount = readGroups(text, gap + 2, to, tail, true);
    // "::" stands for at least one zero group.
    if (head < 0 || tailCount < 0 || head + tailCount >= IPV6_GROUPS) {
      return null;
    }
    System.arraycopy(tail, 0, groups, IPV6_GROUPS - tailCount, tailCount);
    return toBytes(groups);
  }

  /** Reads colon-separated groups into out; returns how many, or -1 on any malformed group. */
  private static int readGroups(String text, int from, int to, int[] out, boolean ipv4Tail) {
    if (from == to) {
      return 0;
    }
    int count = 0;
    int start = from;
    for (int i = from; i <= to; i++) {
      if (i < to && text.charAt(i) != ':') {
        continue;
      }
      if (ipv4Tail && i == to && hasDot(text, start, to)) {
        return readIpv4Tail(text, start, to, out, count);
      }
      int group = count < IPV6_GROUPS ? hex(text, start, i) : -1;
      if (group < 0) {
        return -1;
      }
      out[count++] = group;
      start = i + 1;
    }
    return count;
  }

  private static int readIpv4Tail(String text, int from, int to, int[] out, int count) {
    byte[] ipv4 = count <= IPV6_GROUPS - 2 ? parseIpv4(text, from, to) : null;
    if (ipv4 == null) {
      return -1;
    }
    out[count] = (ipv4[0] & 0xff) << 8 | (ipv4[1] & 0xff);
    out[count + 1] = (ipv4[2] & 0xff) << 8 | (ipv4[3] & 0xff);
    return count + 2;
  }

  private static int hex(CharSequence text, int from, int to) {
    if (to - from < 1 || to - from > 4) {
      return -1;
    }
    int value = 0;
    for (int i = from; i < to; i++) {
      int digit = hexDigit(text.charAt(i));
      if (digit < 0) {
        return -1;
      }
      value = value << 4 | digit;
    }
    return value;
  }

  // Character.digit would also take non-ASCII digits, which no address literal contains.
  private static int hexDigit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    return c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
  }

  private static boolean hasDot(CharSequence text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '.') {
        return true;
      }
    }
    return false;
  }

  private static boolean isZone(CharSequence text, int from, int to) {
    if (to - from < 1 || to - from > MAX_ZONE_LENGTH) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      boolean allowed = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
          || c == '.' || c == '_' || c == '-';
      if (!allowed) {
        return false;
      }
    }
    return true;
  }

  private static byte[] toBytes(int[] groups) {
    byte[] bytes = new byte[groups.length * 2];
    for (int i = 0; i < groups.length; i++) {
      bytes[2 * i] = (byte) (groups[i] >>> 8);
      bytes[2 * i + 1] = (byte) groups[i];
    }
    return bytes;
  }

  private static boolean isMapped(byte[] bytes) {
    if (bytes.length == IPV4_BYTES) {
      return false;
    }
    for (int i = 0; i < 10; i++) {
      if (bytes[i] != 0) {
        return false;
      }
    }
    return bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff;
  }

  private static InetAddress toAddress(byte[] bytes) {
    byte[] plain =
        isMapped(bytes) ? Arrays.copyOfRange(bytes, MAPPED_PREFIX_BYTES, bytes.length) : bytes;
    try {
      // Built from bytes, with no host name: nothing to resolve.
      return InetAddress.getByAddress(plain);
    } catch (UnknownHostException e) {
      throw new IllegalStateException("an address of " + plain.length + " bytes", e);
    }
  }

  private static String formatIpv4(byte[] bytes) {
    return (bytes[0] & 0xff) + "." + (bytes[1] & 0xff) + "." + (bytes[2] & 0xff) + "."
        + (bytes[3] & 0xff);
  }

  private static String formatIpv6(byte[] bytes) {
    int[] groups = new int[IPV6_GROUPS];
    for (int i = 0; i < IPV6_GROUPS; i++) {
      groups[i] = (bytes[2 * i] & 0xff) << 8 | (bytes[2 * i + 1] & 0xff);
    }
    int[] run = longestZeroRun(groups);
    StringBuilder text = new StringBuilder(39);
    for (int i = 0; i < IPV6_GROUPS; i++) {
      if (i == run[0]) {
        text.append("::");
        i += run[1] - 1;
        continue;
      }
      if (text.length() > 0 && text.charAt(text.length() - 1) != ':') {
        text.append(':');
      }
      text.append(Integer.toHexString(groups[i]));
    }
    return text.toString();
  }

  /** Returns {start, length} of the first longest run of two or more zero groups, or {-1, 0}. */
  private static int[] longestZeroRun(int[] groups) {
    int bestStart = -1;
    int bestLength = 1;
    int i = 0;
    while (i < groups.length) {
      int end = i;
      while (end < groups.length && groups[end] == 0) {
        end++;
      }
      if (end - i > bestLength) {
        bestStart = i;
        bestLength = end - i;
      }
      i = Math.max(end, i + 1);
    }
    return new int[] {bestStart, bestStart < 0 ? 0 : bestLength};
  }
}
