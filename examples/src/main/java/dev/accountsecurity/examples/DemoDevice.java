package dev.accountsecurity.examples;

import dev.accountsecurity.api.ClientInfo;
import java.util.List;
import java.util.Objects;

/**
 * A device the demo signs in from: a real User-Agent header and a public address that the
 * country file places in the country named.
 *
 * @param name what a person calls it
 * @param userAgent the User-Agent header it sends
 * @param address its public IP address
 */
record DemoDevice(String name, String userAgent, String address) {

  static final DemoDevice CHROME_WINDOWS = new DemoDevice("Chrome on Windows",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko)"
          + " Chrome/131.0.0.0 Safari/537.36",
      "80.156.86.78");
  static final DemoDevice SAFARI_IPHONE = new DemoDevice("Safari on iPhone",
      "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15"
          + " (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
      "212.27.48.10");
  static final DemoDevice FIREFOX_LINUX = new DemoDevice("Firefox on Linux",
      "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0",
      "210.130.1.1");
  static final DemoDevice EDGE_MAC = new DemoDevice("Edge on macOS",
      "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko)"
          + " Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
      "13.107.42.14");
  static final DemoDevice ANDROID_TABLET = new DemoDevice("Android tablet",
      "Mozilla/5.0 (Linux; Android 14; SM-X710) AppleWebKit/537.36 (KHTML, like Gecko)"
          + " Chrome/131.0.0.0 Safari/537.36",
      "200.160.2.3");
  static final DemoDevice MONITORING_BOT = new DemoDevice("Uptime monitor (the member's own check)",
      "Mozilla/5.0 (compatible; UptimeRobot/2.0; http://www.uptimerobot.com/)",
      "139.130.4.5");
  static final DemoDevice SCRIPT = new DemoDevice("Password-guessing script",
      "python-requests/2.32.3", "88.198.10.1");
  static final DemoDevice ADMIN_LAPTOP = new DemoDevice("Chrome on macOS (admin)",
      "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko)"
          + " Chrome/131.0.0.0 Safari/537.36",
      "193.99.144.80");
  static final DemoDevice CHROME_WINDOWS_IPV6 = new DemoDevice("Chrome on Windows (IPv6)",
      CHROME_WINDOWS.userAgent(), "2a01:4f8::1");

  /** The six devices of the member's everyday logins. */
  static final List<DemoDevice> EVERYDAY = List.of(CHROME_WINDOWS, SAFARI_IPHONE, FIREFOX_LINUX,
      EDGE_MAC, ANDROID_TABLET, MONITORING_BOT);

  DemoDevice {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(userAgent, "userAgent");
    Objects.requireNonNull(address, "address");
  }

  /** The client as the library sees it. */
  ClientInfo client() {
    return new ClientInfo(address, userAgent);
  }
}
