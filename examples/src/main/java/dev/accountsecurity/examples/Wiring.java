package dev.accountsecurity.examples;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.accountsecurity.core.AccountSecurity;
import dev.accountsecurity.core.net.DefaultGeoLookup;
import dev.accountsecurity.geoip.MmdbGeoLookup;
import dev.accountsecurity.jdbc.JdbcSchema;
import dev.accountsecurity.jdbc.JdbcStores;
import dev.accountsecurity.spi.GeoLookup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * The library's stores and location lookup, opened as a host service opens them: a pooled
 * database (an H2 file by default, PostgreSQL by URL) or memory, and a MaxMind-format file when
 * one is given. Owns the pool and the file until {@link #close()}. Thread-safe.
 */
public final class Wiring implements AutoCloseable {
  private final @Nullable HikariDataSource dataSource;
  private final @Nullable JdbcStores stores;
  private final @Nullable MmdbGeoLookup mmdb;
  private final List<String> description;

  private Wiring(@Nullable HikariDataSource dataSource, @Nullable MmdbGeoLookup mmdb,
      List<String> description) {
    this.dataSource = dataSource;
    this.stores = dataSource == null ? null : jdbcStores(dataSource);
    this.mmdb = mmdb;
    this.description = List.copyOf(description);
  }

  /** The stores over the pool, after creating their tables where they are missing. */
  private static JdbcStores jdbcStores(DataSource dataSource) {
    JdbcStores stores = JdbcStores.builder().dataSource(dataSource).build();
    JdbcSchema.initialize(dataSource, stores.dialect(), stores.tablePrefix());
    return stores;
  }

  /**
   * Opens the stores and the location lookup.
   *
   * @param options what the command line asked for
   * @param h2File the H2 database file (without {@code .mv.db}) used when no URL is given
   * @param freshH2 whether to delete that H2 file first, for a run that starts from nothing
   * @return the opened wiring
   * @throws IOException if the location file cannot be read or the H2 file not deleted
   */
  public static Wiring open(StoreOptions options, Path h2File, boolean freshH2)
      throws IOException {
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(h2File, "h2File");
    List<String> description = new ArrayList<>();
    MmdbGeoLookup mmdb = openMmdb(options.mmdb(), description);
    try {
      HikariDataSource pool = options.inMemory() ? null
          : openPool(options, h2File, freshH2, description);
      if (pool == null) {
        description.add(0, "Stores:    in memory (lost when the program ends)");
      }
      try {
        return new Wiring(pool, mmdb, description);
      } catch (RuntimeException e) {
        if (pool != null) {
          pool.close();
        }
        throw e;
      }
    } catch (IOException | RuntimeException e) {
      if (mmdb != null) {
        mmdb.close();
      }
      throw e;
    }
  }

  private static @Nullable MmdbGeoLookup openMmdb(@Nullable Path file, List<String> description)
      throws IOException {
    if (file == null) {
      description.add("Locations: none (pass --mmdb FILE to locate public addresses)");
      return null;
    }
    if (!Files.isRegularFile(file)) {
      throw new IOException("the location file " + file + " does not exist");
    }
    MmdbGeoLookup lookup = MmdbGeoLookup.open(file);
    description.add("Locations: " + file.getFileName()
        + " (IP-to-country; data by the NRO, CC BY 4.0)");
    return lookup;
  }

  private static HikariDataSource openPool(StoreOptions options, Path h2File, boolean fresh,
      List<String> description) throws IOException {
    HikariConfig config = new HikariConfig();
    config.setPoolName("account-security");
    config.setMaximumPoolSize(4);
    String url = options.jdbcUrl();
    if (url == null) {
      Files.createDirectories(h2File.toAbsolutePath().getParent());
      if (fresh) {
        deleteH2Files(h2File);
      }
      url = "jdbc:h2:file:" + h2File.toAbsolutePath();
      description.add(0, "Stores:    H2 file " + h2File + ".mv.db, over JDBC and HikariCP");
    } else {
      description.add(0, "Stores:    " + redact(url) + ", over JDBC and HikariCP");
    }
    config.setJdbcUrl(url);
    if (options.jdbcUser() != null) {
      config.setUsername(options.jdbcUser());
    }
    if (options.jdbcPassword() != null) {
      config.setPassword(options.jdbcPassword());
    }
    return new HikariDataSource(config);
  }

  private static void deleteH2Files(Path h2File) throws IOException {
    for (String suffix : new String[] {".mv.db", ".trace.db"}) {
      Files.deleteIfExists(h2File.resolveSibling(h2File.getFileName() + suffix));
    }
  }

  /** A URL as printed: without any query part, which may carry a password. */
  private static String redact(String url) {
    int query = url.indexOf('?');
    int semicolon = url.indexOf(';');
    int cut = query < 0 ? semicolon : semicolon < 0 ? query : Math.min(query, semicolon);
    return cut < 0 ? url : url.substring(0, cut);
  }

  /**
   * Starts the facade's builder with the stores and the location lookup set.
   *
   * @return a builder; the caller adds keys, clock, options and listeners
   */
  public AccountSecurity.Builder builder() {
    AccountSecurity.Builder builder = AccountSecurity.builder();
    builder.geoLookup(mmdb != null ? mmdb : new DefaultGeoLookup());
    if (stores == null) {
      return builder.inMemoryStores();
    }
    return builder
        .userStore(stores.users())
        .sessionStore(stores.sessions())
        .loginActivityStore(stores.loginActivity())
        .throttleStore(stores.throttle())
        .oneTimeTokenStore(stores.tokens());
  }

  /**
   * Returns the location lookup in use.
   *
   * @return the lookup
   */
  public GeoLookup geoLookup() {
    return mmdb != null ? mmdb : new DefaultGeoLookup();
  }

  /**
   * Tells whether the state lives in a database that earlier runs may have filled.
   *
   * @param options the options this wiring was opened with
   * @return true for a database given by URL
   */
  public static boolean sharedDatabase(StoreOptions options) {
    return options.jdbcUrl() != null;
  }

  /**
   * Describes the wiring in a few lines for the console.
   *
   * @return the lines
   */
  public List<String> description() {
    return description;
  }

  @Override
  public void close() {
    try {
      if (dataSource != null) {
        dataSource.close();
      }
    } finally {
      if (mmdb != null) {
        mmdb.close();
      }
    }
  }
}
