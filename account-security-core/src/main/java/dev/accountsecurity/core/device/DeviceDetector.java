package dev.accountsecurity.core.device;

import dev.accountsecurity.api.ClientInfo;
import dev.accountsecurity.api.Device;
import dev.accountsecurity.core.internal.Texts;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ua_parser.Parser;

/**
 * Tells the browser, operating system and device type from a User-Agent header.
 *
 * <p>Parsing is done by uap-java with the regular expressions of the ua-parser project and
 * costs about a millisecond, so results are kept in a bounded cache keyed by the header: a
 * service sees the same few hundred headers again and again, and a repeat costs a map lookup.
 * Only the first 512 characters of a header are read and kept, so a huge header costs no more
 * than a normal one and the cache holds at most 512 characters per entry.
 *
 * <p>Device types: {@code BOT} for crawlers the parser knows, for product tokens ending in
 * {@code bot/}, {@code crawler/} or {@code spider/}, for headers carrying a {@code +http} contact
 * URL, for headless Chrome, and for command-line tools and HTTP libraries of scripts ({@code
 * curl}, {@code Wget}, {@code python-requests}, Go's and Java's HTTP clients and the like): none
 * of them is a person at a browser. HTTP libraries that apps embed, such as OkHttp, are not bots;
 * they come out {@code UNKNOWN}. {@code TABLET} for iPads, Kindles, tablets the parser names and
 * Android without {@code Mobi} in the header; {@code MOBILE} for iPhones, other Android devices,
 * Windows Phone and other phone systems; {@code DESKTOP} for Windows, macOS, Chrome OS and Linux
 * and BSD desktops; anything else {@code UNKNOWN}. An iPad asking for desktop sites sends the
 * header of a Mac and is told as {@code DESKTOP}: the header holds nothing else to go by.
 *
 * <p>A missing, empty or unreadable header gives {@link Device#unknown()}, never an exception.
 *
 * <p>Thread-safe: one detector serves the whole application.
 */
public final class DeviceDetector {

  /** The cache size {@link #create()} uses. */
  public static final int DEFAULT_CACHE_SIZE = 1000;

  /** The largest cache size {@link #create(int)} accepts. */
  public static final int MAX_CACHE_SIZE = 100_000;

  private static final Logger LOG = LoggerFactory.getLogger(DeviceDetector.class);

  // After construction uap-java's parser holds nothing but compiled patterns, so one instance
  // serves all threads; the final field publishes it safely.
  private final Parser parser;
  private final BoundedCache<String, Device> cache;

  private DeviceDetector(Parser parser, int cacheSize) {
    this.parser = parser;
    this.cache = new BoundedCache<>(cacheSize);
  }

  /**
   * Creates a detector with a cache of {@value #DEFAULT_CACHE_SIZE} headers.
   *
   * @return the detector
   */
  public static DeviceDetector create() {
    return create(DEFAULT_CACHE_SIZE);
  }

  /**
   * Creates a detector. This loads the parser's regular expressions, which takes a few hundred
   * milliseconds: create one detector and share it.
   *
   * @param cacheSize how many distinct headers to remember, from 0 (no cache) to {@value
   *     #MAX_CACHE_SIZE}; each costs up to about 1 KB
   * @return the detector
   * @throws IllegalArgumentException if cacheSize is out of range
   */
  public static DeviceDetector create(int cacheSize) {
    if (cacheSize < 0 || cacheSize > MAX_CACHE_SIZE) {
      throw new IllegalArgumentException(
          "cacheSize must be between 0 and " + MAX_CACHE_SIZE + " but was " + cacheSize);
    }
    return new DeviceDetector(new Parser(), cacheSize);
  }

  /**
   * Tells the device from a User-Agent header. Only its first 512 characters are read.
   *
   * @param userAgent the header, or null when the request had none
   * @return the device; {@link Device#unknown()} for a missing or empty header, and a device
   *     with empty components for whatever the header does not tell
   */
  public Device detect(@Nullable String userAgent) {
    if (userAgent == null || userAgent.isEmpty()) {
      return Device.unknown();
    }
    String key = Texts.cut(userAgent, ClientInfo.MAX_USER_AGENT_LENGTH);
    Device cached = cache.get(key);
    if (cached != null) {
      return cached;
    }
    // Two threads missing on the same header both parse it; the results are equal.
    Device device = parse(key);
    cache.put(key, device);
    return device;
  }

  /**
   * Returns how many headers the cache holds now, for tests.
   *
   * @return the number of cached headers
   */
  int cachedHeaders() {
    return cache.size();
  }

  private Device parse(String userAgent) {
    try {
      return DeviceMapping.toDevice(userAgent, parser.parse(userAgent));
    } catch (RuntimeException e) {
      // The header is left out: it is client-controlled text of no use to the reader.
      LOG.warn("User-Agent parser failed; reporting an unknown device", e);
      return Device.unknown();
    }
  }
}
