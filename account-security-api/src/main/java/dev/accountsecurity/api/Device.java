package dev.accountsecurity.api;

import java.util.Objects;

/**
 * The device a login came from: browser, operating system and device type.
 *
 * <p>A component that could not be told from the User-Agent header is the empty string.
 *
 * @param browser the browser family, for example {@code Chrome}
 * @param browserVersion the browser's major and minor version, for example {@code 120.0}
 * @param os the operating system family, for example {@code Windows}
 * @param osVersion the operating system's version, for example {@code 10}
 * @param type the kind of device
 */
public record Device(
    String browser, String browserVersion, String os, String osVersion, DeviceType type) {

  private static final Device UNKNOWN = new Device("", "", "", "", DeviceType.UNKNOWN);

  /**
   * Checks the components.
   *
   * @param browser the browser family, for example {@code Chrome}
   * @param browserVersion the browser's major and minor version, for example {@code 120.0}
   * @param os the operating system family, for example {@code Windows}
   * @param osVersion the operating system's version, for example {@code 10}
   * @param type the kind of device
   * @throws NullPointerException if a component is null
   */
  public Device {
    Objects.requireNonNull(browser, "browser");
    Objects.requireNonNull(browserVersion, "browserVersion");
    Objects.requireNonNull(os, "os");
    Objects.requireNonNull(osVersion, "osVersion");
    Objects.requireNonNull(type, "type");
  }

  /**
   * Returns the device that nothing is known about.
   *
   * @return the unknown device
   */
  public static Device unknown() {
    return UNKNOWN;
  }

  /**
   * Returns a short text for a person, for example {@code Chrome 120.0 on Windows 10}.
   *
   * @return the label, or {@code Unknown device}
   */
  public String label() {
    String b = join(browser, browserVersion);
    String o = join(os, osVersion);
    if (b.isEmpty() && o.isEmpty()) {
      return "Unknown device";
    }
    if (o.isEmpty()) {
      return b;
    }
    return b.isEmpty() ? o : b + " on " + o;
  }

  private static String join(String name, String version) {
    return version.isEmpty() ? name : name + " " + version;
  }
}
