package dev.accountsecurity.core.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.accountsecurity.api.Device;
import dev.accountsecurity.api.DeviceType;
import dev.accountsecurity.core.internal.Texts;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DeviceDetectorTest {

  // Loading the parser's expressions takes a few hundred milliseconds: one detector for all.
  private static final DeviceDetector DETECTOR = DeviceDetector.create();

  private static final String CHROME_WINDOWS = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) "
      + "AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

  static Stream<Arguments> realUserAgents() {
    return Stream.of(
        row(CHROME_WINDOWS, "Chrome", "131.0", "Windows", "10", DeviceType.DESKTOP),
        row("Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0",
            "Firefox", "133.0", "Windows", "10", DeviceType.DESKTOP),
        row("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
            + "Chrome/131.0.0.0 Safari/537.36 Edg/131.0.2903.86",
            "Edge", "131.0", "Windows", "10", DeviceType.DESKTOP),
        row("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
            + "Chrome/130.0.0.0 Safari/537.36 OPR/115.0.0.0",
            "Opera", "115.0", "Windows", "10", DeviceType.DESKTOP),
        row("Mozilla/5.0 (Windows NT 6.1; WOW64; Trident/7.0; rv:11.0) like Gecko",
            "IE", "11.0", "Windows", "7", DeviceType.DESKTOP),
        row("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like "
            + "Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.2903.86",
            "Edge", "131.0", "Mac OS X", "10.15", DeviceType.DESKTOP),
        row("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like "
            + "Gecko) Version/17.6 Safari/605.1.15",
            "Safari", "17.6", "Mac OS X", "10.15", DeviceType.DESKTOP),
        row("Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
            "Firefox", "133.0", "Linux", "", DeviceType.DESKTOP),
        row("Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0",
            "Firefox", "128.0", "Ubuntu", "", DeviceType.DESKTOP),
        row("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
            + "Chrome/131.0.0.0 Safari/537.36",
            "Chrome", "131.0", "Linux", "", DeviceType.DESKTOP),
        row("Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) "
            + "Chrome/131.0.0.0 Safari/537.36",
            "Chrome", "131.0", "Chrome OS", "14541.0", DeviceType.DESKTOP),
        row("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, "
            + "like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
            "Mobile Safari", "17.5", "iOS", "17.5", DeviceType.MOBILE),
        row("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, "
            + "like Gecko) CriOS/131.0.6778.73 Mobile/15E148 Safari/604.1",
            "Chrome Mobile iOS", "131.0", "iOS", "17.5", DeviceType.MOBILE),
        row("Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) "
            + "Chrome/131.0.0.0 Mobile Safari/537.36",
            "Chrome Mobile", "131.0", "Android", "10", DeviceType.MOBILE),
        row("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
            + "Chrome/120.0.6099.144 Mobile Safari/537.36",
            "Chrome Mobile", "120.0", "Android", "14", DeviceType.MOBILE),
        row("Mozilla/5.0 (Linux; Android 14; SAMSUNG SM-S918B) AppleWebKit/537.36 (KHTML, like "
            + "Gecko) SamsungBrowser/26.0 Chrome/122.0.0.0 Mobile Safari/537.36",
            "Samsung Internet", "26.0", "Android", "14", DeviceType.MOBILE),
        row("Mozilla/5.0 (Android 14; Mobile; rv:133.0) Gecko/133.0 Firefox/133.0",
            "Firefox Mobile", "133.0", "Android", "14", DeviceType.MOBILE),
        row("Mozilla/5.0 (Windows Phone 10.0; Android 6.0.1; Microsoft; Lumia 950) "
            + "AppleWebKit/537.36 (KHTML, like Gecko) Chrome/52.0.2743.116 Mobile Safari/537.36 "
            + "Edge/15.15063",
            "Edge Mobile", "15.15063", "Windows Phone", "10.0", DeviceType.MOBILE),
        row("Mozilla/5.0 (iPad; CPU OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
            + "Gecko) Version/16.6 Mobile/15E148 Safari/604.1",
            "Mobile Safari", "16.6", "iOS", "16.6", DeviceType.TABLET),
        row("Mozilla/5.0 (Linux; Android 12; SM-T870) AppleWebKit/537.36 (KHTML, like Gecko) "
            + "SamsungBrowser/19.0 Chrome/102.0.5005.125 Safari/537.36",
            "Samsung Internet", "19.0", "Android", "12", DeviceType.TABLET),
        row("Mozilla/5.0 (Linux; Android 13; SM-X710) AppleWebKit/537.36 (KHTML, like Gecko) "
            + "Chrome/131.0.0.0 Safari/537.36",
            "Chrome", "131.0", "Android", "13", DeviceType.TABLET),
        row("Mozilla/5.0 (Android 14; Tablet; rv:133.0) Gecko/133.0 Firefox/133.0",
            "Firefox Mobile", "133.0", "Android", "14", DeviceType.TABLET),
        row("Mozilla/5.0 (Linux; Android 9; KFMAWI) AppleWebKit/537.36 (KHTML, like Gecko) "
            + "Silk/126.4.1 like Chrome/126.0.6478.234 Safari/537.36",
            "Amazon Silk", "126.4", "Android", "9", DeviceType.TABLET),
        row("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
            "Googlebot", "2.1", "", "", DeviceType.BOT),
        row("Mozilla/5.0 (Linux; Android 6.0.1; Nexus 5X Build/MMB29P) AppleWebKit/537.36 "
            + "(KHTML, like Gecko) Chrome/131.0.6778.69 Mobile Safari/537.36 (compatible; "
            + "Googlebot/2.1; +http://www.google.com/bot.html)",
            "Googlebot", "2.1", "Android", "6.0", DeviceType.BOT),
        row("Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
            "bingbot", "2.0", "", "", DeviceType.BOT),
        row("Mozilla/5.0 (compatible; YandexBot/3.0; +http://yandex.com/bots)",
            "YandexBot", "3.0", "", "", DeviceType.BOT),
        row("curl/8.5.0", "curl", "8.5", "", "", DeviceType.BOT),
        row("Wget/1.21.4", "Wget", "1.21", "", "", DeviceType.BOT),
        row("python-requests/2.31.0", "Python Requests", "2.31", "", "", DeviceType.BOT),
        row("Go-http-client/1.1", "Go-http-client", "1.1", "", "", DeviceType.BOT),
        row("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
            + "HeadlessChrome/131.0.0.0 Safari/537.36",
            "HeadlessChrome", "131.0", "Linux", "", DeviceType.BOT),
        row("okhttp/4.12.0", "okhttp", "4.12", "", "", DeviceType.UNKNOWN));
  }

  @ParameterizedTest
  @MethodSource("realUserAgents")
  void detect_realUserAgent_givesExpectedDevice(String userAgent, Device expected) {
    assertEquals(expected, DETECTOR.detect(userAgent));
  }

  // A phone brand whose name ends in "bot" must not make its users bots.
  @Test
  void detect_phoneBrandEndingInBot_isMobileNotBot() {
    String cubot = "Mozilla/5.0 (Linux; Android 9; CUBOT X19) AppleWebKit/537.36 (KHTML, like "
        + "Gecko) Chrome/120.0.0.0 Mobile Safari/537.36";

    assertEquals(device("Chrome Mobile", "120.0", "Android", "9", DeviceType.MOBILE),
        DETECTOR.detect(cubot));
  }

  @Test
  void detect_null_givesUnknown() {
    assertSame(Device.unknown(), DETECTOR.detect(null));
  }

  @Test
  void detect_empty_givesUnknown() {
    assertSame(Device.unknown(), DETECTOR.detect(""));
  }

  @Test
  void detect_garbage_givesUnknown() {
    assertEquals(Device.unknown(), DETECTOR.detect("%%%"));
  }

  @Test
  void detect_hundredKilobyteHeader_givesUnknown() {
    assertEquals(Device.unknown(), DETECTOR.detect("Mozilla/5.0 (" + "a".repeat(100_000)));
  }

  @Test
  void detect_realHeaderPaddedToHundredKilobytes_readsItsStart() {
    String padded = CHROME_WINDOWS + " " + "x".repeat(100_000);

    assertEquals(device("Chrome", "131.0", "Windows", "10", DeviceType.DESKTOP),
        DETECTOR.detect(padded));
  }

  @Test
  void detect_sameHeaderTwice_answersFromCache() {
    DeviceDetector detector = DeviceDetector.create(10);
    Device first = detector.detect(CHROME_WINDOWS);

    assertSame(first, detector.detect(new String(CHROME_WINDOWS.toCharArray())));
  }

  @Test
  void detect_moreHeadersThanCacheSize_keepsCacheAtSize() {
    DeviceDetector detector = DeviceDetector.create(2);
    detector.detect("curl/8.5.0");
    detector.detect("Wget/1.21.4");
    detector.detect(CHROME_WINDOWS);

    assertEquals(2, detector.cachedHeaders());
  }

  @Test
  void detect_cacheSizeZero_cachesNothing() {
    DeviceDetector detector = DeviceDetector.create(0);
    detector.detect(CHROME_WINDOWS);

    assertEquals(0, detector.cachedHeaders());
  }

  @Test
  void create_negativeCacheSize_refused() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> DeviceDetector.create(-1));
    assertEquals("cacheSize must be between 0 and 100000 but was -1", e.getMessage());
  }

  @Test
  void create_cacheSizeAboveMaximum_refused() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> DeviceDetector.create(100_001));
    assertEquals("cacheSize must be between 0 and 100000 but was 100001", e.getMessage());
  }

  @Property(tries = 100)
  void detect_anyText_answersAsForItsFirst512Characters(
      @ForAll @StringLength(max = 700) String userAgent) {
    String start = userAgent.length() > 512 ? userAgent.substring(0, 512) : userAgent;
    boolean splitPair = start.length() == 512 && Character.isHighSurrogate(start.charAt(511));
    String expectedKey = splitPair ? start.substring(0, 511) : start;

    assertEquals(DETECTOR.detect(expectedKey), DETECTOR.detect(userAgent));
  }

  // uap-java copies the app name before "/<version> CFNetwork" verbatim, so NUL, escape, format
  // characters and lone surrogates from the header reached the device record, logs and stores.
  @Test
  void detect_unprintableCharactersInCopiedAppName_droppedFromDevice() {
    Device device = DETECTOR.detect(
        "My\u0000\u001b[31mApp\u202e\uD800/1.0 CFNetwork/1.0 Darwin/20.0");

    assertEquals("My[31mApp", device.browser());
    assertEquals("1.0", device.browserVersion());
  }

  @Property(tries = 200)
  void detect_anyText_deviceFieldsHoldOnlyPrintableText(
      @ForAll @StringLength(max = 100) String app) {
    Device device = DETECTOR.detect(app + "/1.0 CFNetwork/1.0 Darwin/20.0");

    for (String field : new String[] {device.browser(), device.browserVersion(), device.os(),
        device.osVersion()}) {
      assertEquals(field, Texts.printable(field));
    }
  }

  private static Arguments row(
      String userAgent, String browser, String version, String os, String osVersion,
      DeviceType type) {
    return Arguments.of(userAgent, device(browser, version, os, osVersion, type));
  }

  private static Device device(
      String browser, String version, String os, String osVersion, DeviceType type) {
    return new Device(browser, version, os, osVersion, type);
  }
}
