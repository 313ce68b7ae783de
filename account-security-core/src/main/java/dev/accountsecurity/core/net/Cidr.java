package dev.accountsecurity.core.net;

import java.net.InetAddress;
import java.util.Arrays;
import java.util.Objects;

/**
 * An IPv4 or IPv6 network in CIDR notation, such as {@code 10.0.0.0/8} or {@code 2001:db8::/32}.
 * Immutable and thread-safe.
 */
final class Cidr {

  private final byte[] network;
  private final int prefixLength;

  private Cidr(byte[] network, int prefixLength) {
    this.network = network;
    this.prefixLength = prefixLength;
  }

  /**
   * Parses a network. A bare address stands for itself alone ({@code /32} or {@code /128}).
   * Brackets, zone ids and set host bits are refused so that a typo cannot widen the network.
   *
   * @param text the network, for example {@code 172.16.0.0/12}
   * @return the network
   * @throws IllegalArgumentException if the text is not a network in CIDR notation
   */
  static Cidr parse(String text) {
    Objects.requireNonNull(text, "text");
    int slash = text.indexOf('/');
    String addressText = slash < 0 ? text : text.substring(0, slash);
    if (addressText.startsWith("[") || addressText.indexOf('%') >= 0) {
      throw invalid(text, "it must be a bare address without brackets or zone id");
    }
    byte[] address = IpAddresses.parse(addressText)
        .map(InetAddress::getAddress)
        .orElseThrow(() -> invalid(text, "its address is not an IPv4 or IPv6 literal"));
    int bits = address.length * 8;
    int prefix = slash < 0 ? bits : prefixLength(text, text.substring(slash + 1), bits);
    if (!Arrays.equals(address, mask(address, prefix))) {
      throw invalid(text, "its address has bits set beyond the /" + prefix + " prefix");
    }
    return new Cidr(address, prefix);
  }

  /**
   * Tells whether an address lies in this network. An address of the other family never does.
   *
   * @param address the address's bytes: 4 for IPv4, 16 for IPv6
   * @return true when the address is in the network
   */
  boolean contains(byte[] address) {
    return address.length == network.length && Arrays.equals(mask(address, prefixLength), network);
  }

  /**
   * Returns the address with every bit after the prefix cleared.
   *
   * @param address the address's bytes
   * @param prefix how many leading bits to keep
   * @return a new array
   */
  static byte[] mask(byte[] address, int prefix) {
    byte[] masked = new byte[address.length];
    int whole = prefix / 8;
    System.arraycopy(address, 0, masked, 0, whole);
    int rest = prefix % 8;
    if (rest > 0) {
      masked[whole] = (byte) (address[whole] & (0xff00 >> rest));
    }
    return masked;
  }

  private static int prefixLength(String text, String digits, int bits) {
    int value = IpAddresses.decimal(digits, 0, digits.length(), 3);
    if (value < 0 || value > bits) {
      throw invalid(text, "its prefix length must be a number from 0 to " + bits);
    }
    return value;
  }

  private static IllegalArgumentException invalid(String text, String rule) {
    return new IllegalArgumentException("network '" + text + "' is invalid: " + rule);
  }

  @Override
  public String toString() {
    return IpAddresses.formatBytes(network) + "/" + prefixLength;
  }
}
