package dev.accountsecurity.jdbc;

import dev.accountsecurity.spi.StoreException;
import java.util.Objects;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * The five JDBC stores over one {@link DataSource}, sharing a dialect and a table prefix.
 *
 * <pre>{@code
 * JdbcStores stores = JdbcStores.builder().dataSource(pool).tablePrefix("as_").build();
 * UserStore users = stores.users();
 * }</pre>
 *
 * <p>The tables must exist: add the scripts under {@code db/account-security/} to the host's
 * migrations, or call {@link JdbcSchema#initialize}. Building borrows no connection unless the
 * dialect is left to detection.
 *
 * <p>Immutable and thread-safe; so are the stores. The data source should be a connection pool.
 */
public final class JdbcStores {
  /** The table prefix used when none is set. */
  public static final String DEFAULT_TABLE_PREFIX = "as_";

  private final Dialect dialect;
  private final String tablePrefix;
  private final JdbcUserStore users;
  private final JdbcSessionStore sessions;
  private final JdbcLoginActivityStore loginActivity;
  private final JdbcThrottleStore throttle;
  private final JdbcOneTimeTokenStore tokens;

  private JdbcStores(DataSource dataSource, Dialect dialect, String tablePrefix) {
    this.dialect = dialect;
    this.tablePrefix = tablePrefix;
    Jdbc jdbc = new Jdbc(dataSource, dialect);
    users = new JdbcUserStore(jdbc, tablePrefix);
    sessions = new JdbcSessionStore(jdbc, tablePrefix);
    loginActivity = new JdbcLoginActivityStore(jdbc, tablePrefix);
    throttle = new JdbcThrottleStore(jdbc, tablePrefix);
    tokens = new JdbcOneTimeTokenStore(jdbc, tablePrefix);
  }

  /**
   * Starts building the stores.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the user store.
   *
   * @return the store of users, passwords and two-factor state
   */
  public JdbcUserStore users() {
    return users;
  }

  /**
   * Returns the session store.
   *
   * @return the store of live sessions
   */
  public JdbcSessionStore sessions() {
    return sessions;
  }

  /**
   * Returns the login activity store.
   *
   * @return the store of login events
   */
  public JdbcLoginActivityStore loginActivity() {
    return loginActivity;
  }

  /**
   * Returns the throttle store.
   *
   * @return the store of failure counters
   */
  public JdbcThrottleStore throttle() {
    return throttle;
  }

  /**
   * Returns the one-time token store.
   *
   * @return the store of reset tokens and login challenges
   */
  public JdbcOneTimeTokenStore tokens() {
    return tokens;
  }

  /**
   * Returns the dialect in use, given or detected.
   *
   * @return the dialect
   */
  public Dialect dialect() {
    return dialect;
  }

  /**
   * Returns the table prefix.
   *
   * @return the prefix every table name starts with
   */
  public String tablePrefix() {
    return tablePrefix;
  }

  /** Builds {@link JdbcStores}. Not thread-safe; use it from one thread, once. */
  public static final class Builder {
    private @Nullable DataSource dataSource;
    private @Nullable Dialect dialect;
    private String tablePrefix = DEFAULT_TABLE_PREFIX;

    private Builder() {}

    /**
     * Sets the database. Required.
     *
     * @param dataSource the database, ideally a connection pool
     * @return this builder
     */
    public Builder dataSource(DataSource dataSource) {
      this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
      return this;
    }

    /**
     * Sets the dialect. When not set, {@link #build} detects it from the database's metadata.
     *
     * @param dialect the dialect
     * @return this builder
     */
    public Builder dialect(Dialect dialect) {
      this.dialect = Objects.requireNonNull(dialect, "dialect");
      return this;
    }

    /**
     * Sets the prefix of every table name, {@value JdbcStores#DEFAULT_TABLE_PREFIX} by default.
     * It must be the prefix the schema scripts were applied with.
     *
     * @param tablePrefix the prefix: a lower-case letter, then up to 20 lower-case letters,
     *     digits or underscores
     * @return this builder
     */
    public Builder tablePrefix(String tablePrefix) {
      this.tablePrefix = Objects.requireNonNull(tablePrefix, "tablePrefix");
      return this;
    }

    /**
     * Checks the settings and builds the stores.
     *
     * @return the stores
     * @throws IllegalStateException if no data source was set
     * @throws IllegalArgumentException if the table prefix does not match {@code
     *     [a-z][a-z0-9_]{0,20}}, or a detected database is neither PostgreSQL nor H2
     * @throws StoreException if the dialect had to be detected and no connection could be had
     */
    public JdbcStores build() {
      if (dataSource == null) {
        throw new IllegalStateException("dataSource must be set");
      }
      String prefix = TablePrefix.check(tablePrefix);
      Dialect chosen = dialect != null ? dialect : Dialect.detect(dataSource);
      return new JdbcStores(dataSource, chosen, prefix);
    }
  }
}
