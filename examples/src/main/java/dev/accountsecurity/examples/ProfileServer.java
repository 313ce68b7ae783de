package dev.accountsecurity.examples;

import com.sun.net.httpserver.HttpServer;
import dev.accountsecurity.core.AccountSecurity;
import dev.accountsecurity.core.TwoFactorOptions;
import dev.accountsecurity.core.totp.StaticTotpKeyProvider;
import dev.accountsecurity.examples.web.ProfileApi;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A small host service with a User Profile page, on the JDK's own HTTP server: sign-in with
 * two-factor, names, password, two-factor set-up, login activity and sessions. It listens on
 * 127.0.0.1 only.
 *
 * <pre>{@code
 * java -cp examples/target/account-security-demo.jar \
 *     dev.accountsecurity.examples.ProfileServer --seed --port 8080
 * }</pre>
 *
 * <p>The session cookie is not marked Secure by default: the server speaks plain HTTP on the
 * loopback interface, where a browser would not send a Secure cookie back. Behind a reverse
 * proxy that terminates TLS, pass {@code --secure-cookies}.
 *
 * <p>Thread-safe; {@link #close()} stops it.
 */
public final class ProfileServer implements AutoCloseable {
  private static final Set<String> VALUE_OPTIONS = union(StoreOptions.VALUE_OPTIONS,
      Set.of("--port", "--trusted-proxy", "--data-dir", "--origin"));
  private static final Set<String> FLAG_OPTIONS = union(StoreOptions.FLAG_OPTIONS,
      Set.of("--seed", "--secure-cookies", "--help"));
  private static final String USAGE = String.join(System.lineSeparator(),
      "Usage: java -cp account-security-demo.jar dev.accountsecurity.examples.ProfileServer"
          + " [options]",
      "  --port N               the port on 127.0.0.1; 0 picks a free one (default 8080)",
      "  --seed                 create a team admin and a member, and print their passwords",
      "  --secure-cookies       mark the session cookie Secure (behind an HTTPS proxy)",
      "  --trusted-proxy CIDR   believe X-Forwarded-For from this network (repeatable)",
      "  --origin URL           a further origin the pages are served from (repeatable)",
      "  --data-dir DIR         where the H2 file and the TOTP key file go",
      "                         (default: examples/target/profile-server)",
      StoreOptions.USAGE);

  private final HttpServer server;
  private final ExecutorService executor;

  private ProfileServer(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
  }

  /**
   * Starts a server on 127.0.0.1.
   *
   * @param security the library, built by the caller
   * @param clock the clock the library uses
   * @param port the port, or 0 for a free one
   * @param secureCookies whether the session cookie is marked Secure
   * @param trustedProxies CIDR networks whose X-Forwarded-For is believed
   * @param extraOrigins origins besides http://127.0.0.1:PORT and http://localhost:PORT
   * @return the running server
   * @throws IOException if the port cannot be bound
   */
  public static ProfileServer start(AccountSecurity security, Clock clock, int port,
      boolean secureCookies, List<String> trustedProxies, List<String> extraOrigins)
      throws IOException {
    Objects.requireNonNull(security, "security");
    HttpServer server = HttpServer.create(
        new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    int bound = server.getAddress().getPort();
    Set<String> origins = new HashSet<>(extraOrigins);
    origins.add("http://127.0.0.1:" + bound);
    origins.add("http://localhost:" + bound);
    server.createContext("/", ProfileApi.handler(security, clock,
        new ProfileApi.Settings(secureCookies, trustedProxies, origins)));
    ExecutorService executor = Executors.newFixedThreadPool(8, runnable -> {
      Thread thread = new Thread(runnable, "profile-server");
      thread.setDaemon(true);
      return thread;
    });
    server.setExecutor(executor);
    server.start();
    return new ProfileServer(server, executor);
  }

  /**
   * Returns the port the server listens on.
   *
   * @return the port
   */
  public int port() {
    return server.getAddress().getPort();
  }

  /**
   * Returns the address of the profile page.
   *
   * @return for example http://127.0.0.1:8080/
   */
  public URI uri() {
    return URI.create("http://127.0.0.1:" + port() + "/");
  }

  /**
   * Stops at once: open connections are closed. (The JDK's server before Java 21 waits the whole
   * grace period even when nothing is running, so none is given.)
   */
  @Override
  public void close() {
    server.stop(0);
    executor.shutdown();
    try {
      executor.awaitTermination(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Starts the server from the command line and runs until the process is stopped.
   *
   * @param args the options
   */
  public static void main(String[] args) {
    int status = run(args, System.out);
    if (status != 0) {
      System.exit(status);
    }
  }

  private static int run(String[] args, PrintStream out) {
    CommandLine line;
    StoreOptions stores;
    int port;
    try {
      line = CommandLine.parse(args, VALUE_OPTIONS, FLAG_OPTIONS);
      stores = StoreOptions.from(line);
      port = line.port("--port", 8080);
    } catch (IllegalArgumentException e) {
      out.println(e.getMessage());
      out.println(USAGE);
      return 2;
    }
    if (line.flag("--help")) {
      out.println(USAGE);
      return 0;
    }
    try {
      serve(line, stores, port, out);
      return 0;
    } catch (IOException | RuntimeException e) {
      out.println("The profile server could not start: " + e.getMessage());
      return 1;
    }
  }

  private static void serve(CommandLine line, StoreOptions stores, int port, PrintStream out)
      throws IOException {
    String dir = line.value("--data-dir");
    Path data = dir == null ? defaultDataDir() : Path.of(dir);
    SecureRandom random = new SecureRandom();
    Wiring wiring = Wiring.open(stores, data.resolve("profile"), false);
    try {
      StaticTotpKeyProvider keys = stores.inMemory() ? StaticTotpKeyProvider.generate(random)
          : TotpKeyFile.loadOrCreate(data.resolve("totp-key"), random);
      Clock clock = Clock.systemUTC();
      AccountSecurity security = wiring.builder().clock(clock).random(random).totpKeys(keys)
          .twoFactor(TwoFactorOptions.defaults("Acme")).build();
      wiring.description().forEach(out::println);
      if (line.flag("--seed")) {
        Seeds.seed(security, out);
      }
      ProfileServer server = start(security, clock, port, line.flag("--secure-cookies"),
          line.values("--trusted-proxy"), line.values("--origin"));
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        server.close();
        wiring.close();
      }, "profile-server-stop"));
      out.println("Profile page: " + server.uri() + "   (Ctrl+C stops the server)");
    } catch (IOException | RuntimeException e) {
      wiring.close();
      throw e;
    }
  }

  /** {@code target/profile-server} beside the jar or classes folder of this class. */
  private static Path defaultDataDir() {
    CodeSource source = ProfileServer.class.getProtectionDomain().getCodeSource();
    try {
      if (source != null) {
        Path parent = Path.of(source.getLocation().toURI()).getParent();
        if (parent != null) {
          return parent.resolve("profile-server");
        }
      }
    } catch (URISyntaxException | IllegalArgumentException e) {
      // Fall back to the working directory below.
    }
    return Path.of("profile-server");
  }

  private static Set<String> union(Set<String> first, Set<String> second) {
    Set<String> all = new HashSet<>(first);
    all.addAll(second);
    return Set.copyOf(all);
  }
}
