package dev.accountsecurity.core.device;

import dev.accountsecurity.api.Device;
import dev.accountsecurity.api.DeviceType;
import dev.accountsecurity.core.internal.Texts;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import ua_parser.Client;

/** Turns uap-java's answer into a {@link Device}. Stateless and thread-safe. */
final class DeviceMapping {

  /** What uap-java answers for anything it does not recognise. */
  private static final String OTHER = "Other";

  private static final String SPIDER = "Spider";
  private static final int MAX_NAME_LENGTH = 64;
  private static final int MAX_VERSION_LENGTH = 32;

  private static final Pattern BOT_MARKERS = Pattern.compile(
      "(?i)^(?:curl|wget|python-requests|python-urllib|python-httpx|aiohttp|go-http-client"
          + "|libwww-perl|apache-httpclient|java-http-client|axios|node-fetch|httpie)/"
          + "|(?:bot|crawler|spider)/|headlesschrome/|\\+https?://");

  private static final Set<String> TABLET_DEVICES = Set.of("iPad", "Kindle");

  private static final Set<String> PHONE_DEVICES =
      Set.of("iPhone", "iPod", "Generic Smartphone", "Generic Feature Phone");

  private static final Set<String> MOBILE_SYSTEMS = Set.of(
      "iOS", "Android", "Windows Phone", "Windows Mobile", "BlackBerry OS", "KaiOS",
      "Symbian OS", "Firefox OS");

  private static final Set<String> DESKTOP_SYSTEMS = Set.of(
      "Mac OS X", "macOS", "Chrome OS", "ChromeOS", "Linux", "Ubuntu", "Kubuntu", "Debian",
      "Fedora", "Linux Mint", "openSUSE", "Red Hat", "CentOS", "Gentoo", "Slackware",
      "Arch Linux", "FreeBSD", "OpenBSD", "NetBSD", "Solaris");

  private DeviceMapping() {}

  /**
   * Maps a parsed header.
   *
   * @param userAgent the header as parsed, already cut
   * @param client uap-java's answer for it
   * @return the device
   */
  static Device toDevice(String userAgent, Client client) {
    String browser = client.userAgent == null ? "" : name(client.userAgent.family);
    String browserVersion =
        client.userAgent == null ? "" : version(client.userAgent.major, client.userAgent.minor);
    String os = client.os == null ? "" : name(client.os.family);
    String osVersion = client.os == null ? "" : version(client.os.major, client.os.minor);
    String deviceFamily = client.device == null ? "" : name(client.device.family);
    DeviceType type = type(userAgent, os, deviceFamily);
    return new Device(browser, browserVersion, os, osVersion, type);
  }

  /**
   * Tells the device type; the rules are listed on {@link DeviceDetector}.
   *
   * @param userAgent the header
   * @param os the operating system family, empty when unknown
   * @param device the device family, empty when unknown
   * @return the type
   */
  static DeviceType type(String userAgent, String os, String device) {
    if (isBot(userAgent, device)) {
      return DeviceType.BOT;
    }
    if (isTablet(userAgent, os, device)) {
      return DeviceType.TABLET;
    }
    if (MOBILE_SYSTEMS.contains(os) || PHONE_DEVICES.contains(device)) {
      return DeviceType.MOBILE;
    }
    if (DESKTOP_SYSTEMS.contains(os) || os.startsWith("Windows") || "Mac".equals(device)) {
      return DeviceType.DESKTOP;
    }
    return DeviceType.UNKNOWN;
  }

  private static boolean isBot(String userAgent, String device) {
    return SPIDER.equals(device) || BOT_MARKERS.matcher(userAgent).find();
  }

  private static boolean isTablet(String userAgent, String os, String device) {
    if (TABLET_DEVICES.contains(device) || device.contains("Tablet")) {
      return true;
    }
    // Android phones send "Mobile" (or at least "Mobi"); Android tablets leave it out.
    return "Android".equals(os) && !userAgent.contains("Mobi") && !userAgent.contains("Opera Mini");
  }

  private static String name(@Nullable String family) {
    if (family == null) {
      return "";
    }
    String clean = Texts.printable(family).strip();
    return OTHER.equals(clean) ? "" : Texts.cut(clean, MAX_NAME_LENGTH);
  }

  private static String version(@Nullable String major, @Nullable String minor) {
    if (major == null || major.isEmpty()) {
      return "";
    }
    String version = minor == null || minor.isEmpty() ? major : major + "." + minor;
    return Texts.cut(Texts.printable(version), MAX_VERSION_LENGTH);
  }
}
