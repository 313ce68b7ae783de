package dev.accountsecurity.examples;

import dev.accountsecurity.core.AccountSecurity;
import dev.accountsecurity.core.TwoFactorOptions;
import dev.accountsecurity.core.totp.StaticTotpKeyProvider;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;

/**
 * The end-to-end demo: a team, two-factor enrolment with a QR code, logins from six devices in
 * several countries, replay and throttling, the login activity, sessions, a lost phone, a
 * forgotten password and the security events, one line per step.
 *
 * <pre>{@code
 * java -jar examples/target/account-security-demo.jar \
 *     --mmdb ../shared/data/geo-whois-asn-country.mmdb
 * }</pre>
 *
 * <p>The clock is the demo's own and is stepped forward (to the next TOTP step, past a
 * throttling delay) instead of waiting; secrets come from a real {@link SecureRandom}.
 */
public final class Demo {
  private static final Set<String> VALUE_OPTIONS = union(StoreOptions.VALUE_OPTIONS,
      Set.of("--out"));
  private static final Set<String> FLAG_OPTIONS = union(StoreOptions.FLAG_OPTIONS,
      Set.of("--help"));
  private static final String USAGE = String.join(System.lineSeparator(),
      "Usage: java -jar account-security-demo.jar [options]",
      StoreOptions.USAGE,
      "  --out DIR              where the QR codes and the H2 file go",
      "                         (default: examples/target/demo)",
      "  --help                 this text");

  private Demo() {}

  /**
   * Runs the demo and exits with status 1 if it stopped early, 2 for a bad command line.
   *
   * @param args the options
   */
  public static void main(String[] args) {
    // Quiet libraries (the pool, the database) unless the user asks otherwise.
    if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    }
    int status = run(args, System.out);
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * Runs the demo, printing to a stream.
   *
   * @param args the options
   * @param out where the story goes
   * @return 0 when the story ran to its end, 1 when it stopped early, 2 for a bad command line
   */
  public static int run(String[] args, PrintStream out) {
    CommandLine line;
    StoreOptions options;
    try {
      line = CommandLine.parse(args, VALUE_OPTIONS, FLAG_OPTIONS);
      options = StoreOptions.from(line);
    } catch (IllegalArgumentException e) {
      out.println(e.getMessage());
      out.println(USAGE);
      return 2;
    }
    if (line.flag("--help")) {
      out.println(USAGE);
      return 0;
    }
    String dir = line.value("--out");
    return run(options, dir == null ? defaultOutDir() : Path.of(dir), new Console(out));
  }

  private static int run(StoreOptions options, Path outDir, Console console) {
    try (Wiring wiring = Wiring.open(options, outDir.resolve("demo"), true)) {
      SecureRandom random = new SecureRandom();
      MutableClock clock = MutableClock.startOfCurrentPeriod();
      EventLog events = new EventLog();
      AccountSecurity security = wiring.builder()
          .clock(clock)
          .random(random)
          .totpKeys(StaticTotpKeyProvider.generate(random))
          .twoFactor(TwoFactorOptions.defaults("Acme"))
          .listener(events)
          .logEvents(false)
          .build();
      header(console, wiring, clock);
      String tag = Wiring.sharedDatabase(options) ? "+" + newTag(random) : "";
      DemoStory story = new DemoStory(security, clock, console, outDir, tag);
      story.run();
      new DemoReports(story).events(events.events());
      console.line("");
      console.line("Done: every step answered as expected.");
      return 0;
    } catch (IOException | RuntimeException e) {
      console.line("");
      console.line("Demo stopped: " + e.getMessage());
      return 1;
    }
  }

  private static void header(Console console, Wiring wiring, MutableClock clock) {
    console.title("account-security demo");
    wiring.description().forEach(console::line);
    console.line("Clock:     starts " + Labels.time(clock.instant())
        + " UTC; the demo steps it forward instead of waiting");
    console.line("Secrets:   from SecureRandom; TOTP secrets encrypted at rest with a key made"
        + " for this run");
  }

  private static String newTag(SecureRandom random) {
    byte[] bytes = new byte[2];
    random.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  /** {@code target/demo} beside the jar or the classes folder this class was loaded from. */
  private static Path defaultOutDir() {
    CodeSource source = Demo.class.getProtectionDomain().getCodeSource();
    try {
      if (source != null) {
        Path location = Path.of(source.getLocation().toURI());
        Path parent = location.getParent();
        if (parent != null) {
          return parent.resolve("demo");
        }
      }
    } catch (URISyntaxException | IllegalArgumentException e) {
      // Fall back to the working directory below.
    }
    return Path.of("account-security-demo");
  }

  private static Set<String> union(Set<String> first, Set<String> second) {
    Set<String> all = new HashSet<>(first);
    all.addAll(second);
    return Set.copyOf(all);
  }
}
