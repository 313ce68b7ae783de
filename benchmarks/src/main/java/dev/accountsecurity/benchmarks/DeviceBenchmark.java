package dev.accountsecurity.benchmarks;

import dev.accountsecurity.api.Device;
import dev.accountsecurity.core.device.DeviceDetector;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import ua_parser.CachingParser;
import ua_parser.Client;
import ua_parser.Parser;

/**
 * User-Agent parsing: this library's {@link DeviceDetector} with its cache hit, without a cache
 * (size 0, so every call parses), and with a 100 KB header; beside a bare {@link HashMap#get}
 * and uap-java's own {@link Parser} and {@link CachingParser}.
 *
 * <p>A header arrives as a new {@code String} with each request, so its hash code is not yet
 * known: the {@code ...FreshHeader} variants copy the header first (about 20 ns of the score) so
 * that the map must hash it, as it would in a service. The plain variants reuse one instance,
 * whose hash code the JVM has cached: the best case. A 100 KB header needs no fresh copy: the
 * detector cuts it to a new 512-character string on every call, which is hashed anew each time.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DeviceBenchmark {
  static final String CHROME = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36"
      + " (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36";
  /** A normal header followed by 100 KB of filler, as a hostile client might send. */
  static final String HUGE = CHROME + " " + "x".repeat(100 * 1024);
  /** The first 512 characters of {@link #HUGE}: all of it the detector reads. */
  static final String LONGEST_READ = HUGE.substring(0, 512);

  /** The detectors and peers, each warmed with the headers it is asked for. */
  @State(Scope.Benchmark)
  public static class Detectors {
    final DeviceDetector cached = DeviceDetector.create(DeviceDetector.DEFAULT_CACHE_SIZE);
    final DeviceDetector uncached = DeviceDetector.create(0);
    final Parser uap = new Parser();
    final CachingParser uapCaching = new CachingParser();
    final Map<String, Device> map = new HashMap<>();
    final Map<String, Device> concurrentMap = new ConcurrentHashMap<>();
    final char[] chromeChars = CHROME.toCharArray();
    final char[] longestReadChars = LONGEST_READ.toCharArray();

    @Setup
    public void setUp() {
      for (int i = 0; i < DeviceDetector.DEFAULT_CACHE_SIZE - 2; i++) {
        // A cache as full as a service's, so the lookup is not into a near-empty table.
        map.put(CHROME + " #" + i, Device.unknown());
        cached.detect(CHROME + " #" + i);
      }
      map.put(CHROME, cached.detect(CHROME));
      concurrentMap.putAll(map);
      cached.detect(HUGE);
      uapCaching.parse(CHROME);
    }
  }

  @Benchmark
  public Device hashMapGet(Detectors d) {
    return d.map.get(CHROME);
  }

  @Benchmark
  public Device hashMapGetFreshHeader(Detectors d) {
    return d.map.get(new String(d.chromeChars));
  }

  /** The floor of a thread-safe cache whose hits take no lock. */
  @Benchmark
  public Device concurrentHashMapGet(Detectors d) {
    return d.concurrentMap.get(CHROME);
  }

  @Benchmark
  public Device libraryCached(Detectors d) {
    return d.cached.detect(CHROME);
  }

  @Benchmark
  public Device libraryCachedFreshHeader(Detectors d) {
    return d.cached.detect(new String(d.chromeChars));
  }

  /** 100 KB header through the cache: the detector reads its first 512 characters only. */
  @Benchmark
  public Device libraryCachedHugeHeader(Detectors d) {
    return d.cached.detect(HUGE);
  }

  /** A 512-character header through the cache: what the 100 KB one costs if bounded. */
  @Benchmark
  public Device libraryCachedLongestReadHeader(Detectors d) {
    return d.cached.detect(new String(d.longestReadChars));
  }

  @Benchmark
  public Device libraryUncached(Detectors d) {
    return d.uncached.detect(CHROME);
  }

  @Benchmark
  public Device libraryUncachedHugeHeader(Detectors d) {
    return d.uncached.detect(HUGE);
  }

  @Benchmark
  public Device libraryUncachedLongestReadHeader(Detectors d) {
    return d.uncached.detect(LONGEST_READ);
  }

  @Benchmark
  public Client uapParser(Detectors d) {
    return d.uap.parse(CHROME);
  }

  @Benchmark
  public Client uapCachingParserHit(Detectors d) {
    return d.uapCaching.parse(CHROME);
  }
}
