package dev.accountsecurity.core;

import dev.accountsecurity.api.Accounts;
import dev.accountsecurity.api.LoginActivity;
import dev.accountsecurity.api.Logins;
import dev.accountsecurity.api.Passwords;
import dev.accountsecurity.api.Sessions;
import dev.accountsecurity.api.TwoFactor;
import dev.accountsecurity.core.device.DeviceDetector;
import dev.accountsecurity.core.memory.InMemoryLoginActivityStore;
import dev.accountsecurity.core.memory.InMemoryOneTimeTokenStore;
import dev.accountsecurity.core.memory.InMemorySessionStore;
import dev.accountsecurity.core.memory.InMemoryThrottleStore;
import dev.accountsecurity.core.memory.InMemoryUserStore;
import dev.accountsecurity.core.net.DefaultGeoLookup;
import dev.accountsecurity.core.password.PasswordHasher;
import dev.accountsecurity.core.password.PasswordHashing;
import dev.accountsecurity.core.password.PasswordPolicy;
import dev.accountsecurity.core.totp.RecoveryCodeScheme;
import dev.accountsecurity.core.totp.SecretBox;
import dev.accountsecurity.spi.GeoLookup;
import dev.accountsecurity.spi.LoginActivityStore;
import dev.accountsecurity.spi.OneTimeTokenStore;
import dev.accountsecurity.spi.SecurityEventListener;
import dev.accountsecurity.spi.SessionStore;
import dev.accountsecurity.spi.ThrottleStore;
import dev.accountsecurity.spi.TotpKeyProvider;
import dev.accountsecurity.spi.UserStore;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The account security of a service: users and profiles, passwords, two-factor authentication,
 * logins, sessions and login activity, built once from ports and configuration.
 *
 * <pre>{@code
 * AccountSecurity security = AccountSecurity.builder()
 *     .inMemoryStores()
 *     .totpKeys(StaticTotpKeyProvider.generate(new SecureRandom()))
 *     .twoFactor(TwoFactorOptions.defaults("Example"))
 *     .build();
 * LoginResult result = security.logins().login("ana@example.com", password,
 *     ClientInfo.of(remoteAddress, userAgent));
 * }</pre>
 *
 * <p>Thread-safe: build one per service and share it. Two instances over the same stores (two
 * service nodes on one database) behave like one.
 */
public final class AccountSecurity {
  private final AccountService accounts;
  private final PasswordService passwords;
  private final TwoFactorService twoFactor;
  private final LoginService logins;
  private final SessionService sessions;
  private final ActivityService activity;

  private AccountSecurity(Core core) {
    this.accounts = new AccountService(core);
    this.sessions = new SessionService(core);
    this.passwords = new PasswordService(core, sessions);
    this.twoFactor = new TwoFactorService(core, sessions, passwords);
    this.activity = new ActivityService(core, sessions, passwords);
    this.logins = new LoginService(core, sessions, passwords, twoFactor, activity);
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns users and profile names.
   *
   * @return the accounts facade
   */
  public Accounts accounts() {
    return accounts;
  }

  /**
   * Returns the password policy, change and forgotten-password reset.
   *
   * @return the passwords facade
   */
  public Passwords passwords() {
    return passwords;
  }

  /**
   * Returns two-factor enrolment, recovery codes, disable and admin reset.
   *
   * @return the two-factor facade
   */
  public TwoFactor twoFactor() {
    return twoFactor;
  }

  /**
   * Returns the login flow.
   *
   * @return the logins facade
   */
  public Logins logins() {
    return logins;
  }

  /**
   * Returns session validation, listing and revocation.
   *
   * @return the sessions facade
   */
  public Sessions sessions() {
    return sessions;
  }

  /**
   * Returns login activity.
   *
   * @return the login activity facade
   */
  public LoginActivity activity() {
    return activity;
  }

  /**
   * Builds {@link AccountSecurity}. Every store and the TOTP key provider must be given; the
   * rest has defaults. Not thread-safe.
   */
  public static final class Builder {
    private @Nullable UserStore users;
    private @Nullable SessionStore sessions;
    private @Nullable LoginActivityStore activity;
    private @Nullable ThrottleStore throttle;
    private @Nullable OneTimeTokenStore tokens;
    private @Nullable TotpKeyProvider totpKeys;
    private GeoLookup geo = new DefaultGeoLookup();
    private final List<SecurityEventListener> listeners = new ArrayList<>();
    private boolean logEvents = true;
    private Clock clock = Clock.systemUTC();
    private @Nullable SecureRandom random;
    private PasswordPolicy policy = PasswordPolicy.defaults();
    private PasswordHashing hashing = PasswordHashing.defaults();
    private PasswordHashing recoveryCodeHashing = PasswordHashing.recoveryCodes();
    private TwoFactorOptions twoFactor = TwoFactorOptions.builder().build();
    private SessionOptions sessionOptions = SessionOptions.defaults();
    private ThrottleOptions throttleOptions = ThrottleOptions.defaults();
    private ActivityOptions activityOptions = ActivityOptions.defaults();
    private int deviceCacheSize = 1000;

    private Builder() {}

    /**
     * Uses the in-memory stores for every port: for tests, demos and single-node services that
     * may lose their state on restart.
     *
     * @return this builder
     */
    public Builder inMemoryStores() {
      return userStore(new InMemoryUserStore())
          .sessionStore(new InMemorySessionStore())
          .loginActivityStore(new InMemoryLoginActivityStore())
          .throttleStore(new InMemoryThrottleStore())
          .oneTimeTokenStore(new InMemoryOneTimeTokenStore());
    }

    /**
     * Sets the user store.
     *
     * @param store the store
     * @return this builder
     */
    public Builder userStore(UserStore store) {
      this.users = Objects.requireNonNull(store, "store");
      return this;
    }

    /**
     * Sets the session store.
     *
     * @param store the store
     * @return this builder
     */
    public Builder sessionStore(SessionStore store) {
      this.sessions = Objects.requireNonNull(store, "store");
      return this;
    }

    /**
     * Sets the login activity store.
     *
     * @param store the store
     * @return this builder
     */
    public Builder loginActivityStore(LoginActivityStore store) {
      this.activity = Objects.requireNonNull(store, "store");
      return this;
    }

    /**
     * Sets the store of failure counters.
     *
     * @param store the store
     * @return this builder
     */
    public Builder throttleStore(ThrottleStore store) {
      this.throttle = Objects.requireNonNull(store, "store");
      return this;
    }

    /**
     * Sets the store of reset tokens and login challenges.
     *
     * @param store the store
     * @return this builder
     */
    public Builder oneTimeTokenStore(OneTimeTokenStore store) {
      this.tokens = Objects.requireNonNull(store, "store");
      return this;
    }

    /**
     * Sets the keys that encrypt TOTP secrets at rest. Every service instance must have the same
     * keys.
     *
     * @param keys the key provider
     * @return this builder
     */
    public Builder totpKeys(TotpKeyProvider keys) {
      this.totpKeys = Objects.requireNonNull(keys, "keys");
      return this;
    }

    /**
     * Sets how addresses are located; default: {@link DefaultGeoLookup}, which needs no data.
     *
     * @param lookup the lookup
     * @return this builder
     */
    public Builder geoLookup(GeoLookup lookup) {
      this.geo = Objects.requireNonNull(lookup, "lookup");
      return this;
    }

    /**
     * Adds a listener for security events.
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder listener(SecurityEventListener listener) {
      listeners.add(Objects.requireNonNull(listener, "listener"));
      return this;
    }

    /**
     * Sets whether events are also logged by {@link LoggingSecurityEventListener}.
     *
     * @param log default true
     * @return this builder
     */
    public Builder logEvents(boolean log) {
      this.logEvents = log;
      return this;
    }

    /**
     * Sets the clock; default: the system clock in UTC.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Sets the source of every secret; default: a new {@link SecureRandom}.
     *
     * @param random the source
     * @return this builder
     */
    public Builder random(SecureRandom random) {
      this.random = Objects.requireNonNull(random, "random");
      return this;
    }

    /**
     * Sets the password policy; default: {@link PasswordPolicy#defaults()}.
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder passwordPolicy(PasswordPolicy policy) {
      this.policy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Sets how passwords are hashed; default: Argon2id at OWASP's parameters.
     *
     * @param hashing the hashing configuration
     * @return this builder
     */
    public Builder passwordHashing(PasswordHashing hashing) {
      this.hashing = Objects.requireNonNull(hashing, "hashing");
      return this;
    }

    /**
     * Sets how recovery codes are hashed; default: {@link PasswordHashing#recoveryCodes()}.
     *
     * @param hashing the hashing configuration
     * @return this builder
     */
    public Builder recoveryCodeHashing(PasswordHashing hashing) {
      this.recoveryCodeHashing = Objects.requireNonNull(hashing, "hashing");
      return this;
    }

    /**
     * Sets the two-factor options.
     *
     * @param options the options
     * @return this builder
     */
    public Builder twoFactor(TwoFactorOptions options) {
      this.twoFactor = Objects.requireNonNull(options, "options");
      return this;
    }

    /**
     * Sets the session options.
     *
     * @param options the options
     * @return this builder
     */
    public Builder sessions(SessionOptions options) {
      this.sessionOptions = Objects.requireNonNull(options, "options");
      return this;
    }

    /**
     * Sets the throttling options.
     *
     * @param options the options
     * @return this builder
     */
    public Builder throttling(ThrottleOptions options) {
      this.throttleOptions = Objects.requireNonNull(options, "options");
      return this;
    }

    /**
     * Sets the login activity options.
     *
     * @param options the options
     * @return this builder
     */
    public Builder activity(ActivityOptions options) {
      this.activityOptions = Objects.requireNonNull(options, "options");
      return this;
    }

    /**
     * Sets how many distinct User-Agent headers the device cache holds.
     *
     * @param size 1 to 100000; default 1000
     * @return this builder
     */
    public Builder deviceCacheSize(int size) {
      this.deviceCacheSize = Checks.between("deviceCacheSize", size, 1, 100_000);
      return this;
    }

    /**
     * Builds the facade.
     *
     * @return the facade
     * @throws IllegalStateException if a store or the TOTP key provider is missing
     */
    public AccountSecurity build() {
      SecureRandom source = random != null ? random : new SecureRandom();
      List<SecurityEventListener> all = new ArrayList<>(listeners);
      if (logEvents) {
        all.add(new LoggingSecurityEventListener());
      }
      ClientResolver clients = new ClientResolver(geo, DeviceDetector.create(deviceCacheSize),
          activityOptions.truncateAddresses());
      PasswordHasher codeHasher = PasswordHasher.create(recoveryCodeHashing, source);
      Core core = new Core(
          required(users, "userStore"),
          required(sessions, "sessionStore"),
          required(activity, "loginActivityStore"),
          required(tokens, "oneTimeTokenStore"),
          new Throttle(required(throttle, "throttleStore"), throttleOptions, clock),
          clock,
          new SecureTokens(source),
          new EventPublisher(all),
          clients,
          policy,
          PasswordHasher.create(hashing, source),
          new SecretBox(required(totpKeys, "totpKeys"), source),
          new RecoveryCodeScheme(codeHasher.asSecretHasher(), source, twoFactor.recoveryCodes()),
          twoFactor,
          sessionOptions,
          activityOptions);
      return new AccountSecurity(core);
    }

    private static <T> T required(@Nullable T value, String name) {
      if (value == null) {
        String hint = name.endsWith("Store") ? " (or call inMemoryStores())" : "";
        throw new IllegalStateException(name + " must be set" + hint);
      }
      return value;
    }
  }
}
