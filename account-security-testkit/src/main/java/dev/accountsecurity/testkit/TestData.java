package dev.accountsecurity.testkit;

import dev.accountsecurity.api.AddressKind;
import dev.accountsecurity.api.Device;
import dev.accountsecurity.api.DeviceType;
import dev.accountsecurity.api.Factor;
import dev.accountsecurity.api.Location;
import dev.accountsecurity.api.LoginEvent;
import dev.accountsecurity.api.LoginEventId;
import dev.accountsecurity.api.LoginOutcome;
import dev.accountsecurity.api.Profile;
import dev.accountsecurity.api.Session;
import dev.accountsecurity.api.SessionId;
import dev.accountsecurity.api.TeamId;
import dev.accountsecurity.api.TeamMembership;
import dev.accountsecurity.api.TeamRole;
import dev.accountsecurity.api.UserId;
import dev.accountsecurity.spi.EncryptedSecret;
import dev.accountsecurity.spi.OneTimeToken;
import dev.accountsecurity.spi.PendingTotp;
import dev.accountsecurity.spi.RecoveryCodeHash;
import dev.accountsecurity.spi.SessionRecord;
import dev.accountsecurity.spi.StoredPassword;
import dev.accountsecurity.spi.TokenHash;
import dev.accountsecurity.spi.TokenPurpose;
import dev.accountsecurity.spi.UserRecord;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * Builds the records the contract suites store, for a host's own store tests as well.
 *
 * <p>Every time here is a whole number of milliseconds after {@link #T0}, so stores that keep
 * microseconds hand it back exactly. Identifiers made here are unique within the JVM. Hashes and
 * ciphertexts are well-formed look-alikes derived from a tag: nothing here is a real secret.
 *
 * <p>The class is stateless apart from an atomic counter, and thread-safe.
 */
public final class TestData {

  /** The time the suites start from: a whole number of milliseconds, with a fraction. */
  public static final Instant T0 = Instant.parse("2025-01-15T09:30:00.123Z");

  /** The longest login name a store must keep, in characters. */
  public static final int MAX_LOGIN_NAME_LENGTH = 254;

  /** The longest IP address text a store must keep, in characters. */
  public static final int MAX_IP_ADDRESS_LENGTH = 100;

  /** The longest text a store must keep in each component of a {@link Device}, in characters. */
  public static final int MAX_DEVICE_FIELD_LENGTH = 512;

  /** The most code points a profile name has, per {@link Profile}. */
  public static final int MAX_PROFILE_NAME_CODE_POINTS = 100;

  /** The longest identifier ({@link UserId}, {@link SessionId}, ...), in characters. */
  public static final int MAX_ID_LENGTH = 64;

  /** How long sessions made here live, from their creation. */
  public static final Duration SESSION_LIFETIME = Duration.ofDays(30);

  // Quotes, statement and comment syntax, escapes, LIKE wildcards and non-ASCII letters.
  private static final String HOSTILE = "x'y\"z;--\\%_é ß日本ñ/*ä*/`";

  private static final AtomicLong COUNTER = new AtomicLong();

  private TestData() {}

  /**
   * Returns a time after {@link #T0}.
   *
   * @param seconds the seconds after T0, negative for before
   * @return the time
   */
  public static Instant at(long seconds) {
    return T0.plusSeconds(seconds);
  }

  /**
   * Returns a user identifier not returned before in this JVM.
   *
   * @return the identifier
   */
  public static UserId newUserId() {
    return UserId.of("user-" + COUNTER.incrementAndGet());
  }

  /**
   * Returns a session identifier not returned before in this JVM.
   *
   * @return the identifier
   */
  public static SessionId newSessionId() {
    return SessionId.of("session-" + COUNTER.incrementAndGet());
  }

  /**
   * Returns a login name not returned before in this JVM.
   *
   * @return a canonical (lower-case) login name
   */
  public static String newLoginName() {
    return "user" + COUNTER.incrementAndGet() + "@example.com";
  }

  /**
   * Returns a password hash in PHC string format made from a tag: equal tags, equal hashes.
   *
   * @param tag any text that tells hashes apart
   * @return the hash
   */
  public static String passwordHash(String tag) {
    Objects.requireNonNull(tag, "tag");
    Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
    byte[] digest = sha256("password:" + tag);
    byte[] salt = sha256("salt:" + tag);
    return "$argon2id$v=19$m=19456,t=2,p=1$" + base64.encodeToString(salt).substring(0, 22)
        + "$" + base64.encodeToString(digest);
  }

  /**
   * Returns a stored password: its hash made from the tag, no pepper, normalised, policy 1.
   *
   * @param tag any text that tells hashes apart
   * @param changedAt when it was set
   * @return the stored password
   */
  public static StoredPassword password(String tag, Instant changedAt) {
    return new StoredPassword(passwordHash(tag), null, true, 1, changedAt, false);
  }

  /**
   * Returns a new user's record: a fresh id, plain names, no team, two-factor off.
   *
   * @param loginName the canonical login name
   * @return the record
   */
  public static UserRecord user(String loginName) {
    return user(newUserId(), loginName);
  }

  /**
   * Returns a new user's record with the given id: plain names, no team, two-factor off.
   *
   * @param id the identifier
   * @param loginName the canonical login name
   * @return the record
   */
  public static UserRecord user(UserId id, String loginName) {
    return UserRecord.create(
        id, loginName, new Profile("Ada", "Lovelace"), password("initial", T0), T0);
  }

  /**
   * Returns a user's record with every component set: a team, a peppered password that must
   * change, a two-entry history, a confirmed and a pending TOTP secret, and three recovery codes.
   *
   * @param loginName the canonical login name
   * @return the record
   */
  public static UserRecord fullUser(String loginName) {
    StoredPassword current =
        new StoredPassword(passwordHash("current"), "pepper-2025", false, 7, at(300), true);
    List<StoredPassword> history = List.of(
        new StoredPassword(passwordHash("older"), "pepper-2024", true, 6, at(200), false),
        new StoredPassword(passwordHash("oldest"), null, false, 5, at(100), true));
    return new UserRecord(
        newUserId(), loginName, new Profile("Zoë", "Ñandú-Łukasiewicz"),
        new TeamMembership(TeamId.of("team.blue-42"), TeamRole.ADMIN), current, history,
        encryptedSecret("confirmed"), 58_340_117L, pendingTotp("pending", at(600)),
        recoveryCodes(3), at(-86_400));
  }

  /**
   * Returns an encrypted TOTP secret made from a tag: equal tags, equal secrets.
   *
   * @param tag any text that tells secrets apart
   * @return the secret
   */
  public static EncryptedSecret encryptedSecret(String tag) {
    byte[] nonceAndCiphertext = new byte[48];
    byte[] digest = sha256("secret:" + tag);
    System.arraycopy(digest, 0, nonceAndCiphertext, 0, 32);
    System.arraycopy(digest, 0, nonceAndCiphertext, 32, 16);
    String ciphertext = Base64.getEncoder().encodeToString(nonceAndCiphertext);
    return new EncryptedSecret("totp-key-1", ciphertext);
  }

  /**
   * Returns a pending TOTP secret made from a tag.
   *
   * @param tag any text that tells secrets apart
   * @param expiresAt when it can no longer be confirmed
   * @return the pending secret
   */
  public static PendingTotp pendingTotp(String tag, Instant expiresAt) {
    return new PendingTotp(encryptedSecret(tag), expiresAt);
  }

  /**
   * Returns a recovery code's stored form for a slot, its hash made from the slot.
   *
   * @param slot the slot, 0 or more
   * @return the stored code
   */
  public static RecoveryCodeHash recoveryCode(int slot) {
    return new RecoveryCodeHash(slot, passwordHash("recovery-" + slot));
  }

  /**
   * Returns recovery codes in slots 0 to {@code count - 1}, in slot order.
   *
   * @param count how many
   * @return the stored codes
   */
  public static List<RecoveryCodeHash> recoveryCodes(int count) {
    List<RecoveryCodeHash> codes = new ArrayList<>();
    for (int slot = 0; slot < count; slot++) {
      codes.add(recoveryCode(slot));
    }
    return List.copyOf(codes);
  }

  /**
   * Returns the token hash whose hex digits spell the number, zero-padded.
   *
   * @param n the number, 0 or more
   * @return the hash
   */
  public static TokenHash tokenHash(long n) {
    return new TokenHash(String.format("%064x", n));
  }

  /**
   * Returns a token hash not returned before in this JVM.
   *
   * @return the hash
   */
  public static TokenHash newTokenHash() {
    return new TokenHash(HexFormat.of().formatHex(sha256("token:" + COUNTER.incrementAndGet())));
  }

  /**
   * Returns a desktop device with the given browser and OS families.
   *
   * @param browser the browser family
   * @param os the OS family
   * @return the device
   */
  public static Device device(String browser, String os) {
    return new Device(browser, "120.0", os, "10", DeviceType.DESKTOP);
  }

  /**
   * Returns a public location known to the country only.
   *
   * @param countryCode the country code, or empty
   * @return the location
   */
  public static Location location(String countryCode) {
    return new Location(countryCode, "", "", null, null, AddressKind.PUBLIC);
  }

  /**
   * Returns a session of the user created at {@link #T0}, with a fresh id.
   *
   * @param user the user
   * @param tokenHash the hash of its token
   * @return the stored session
   */
  public static SessionRecord session(UserId user, TokenHash tokenHash) {
    return session(newSessionId(), user, tokenHash, T0);
  }

  /**
   * Returns a session last seen and authenticated when created, without two-factor, from a
   * documentation address in Berlin, expiring {@link #SESSION_LIFETIME} after creation.
   *
   * @param id the session's identifier
   * @param user the user
   * @param tokenHash the hash of its token
   * @param createdAt when it was created
   * @return the stored session
   */
  public static SessionRecord session(
      SessionId id, UserId user, TokenHash tokenHash, Instant createdAt) {
    Location berlin = new Location("DE", "Berlin", "Berlin", 52.52, 13.405, AddressKind.PUBLIC);
    Session session = new Session(id, user, createdAt, createdAt, createdAt, false,
        "203.0.113.7", berlin, device("Firefox", "Linux"));
    return new SessionRecord(session, tokenHash, createdAt.plus(SESSION_LIFETIME));
  }

  /**
   * Returns a password login event from a documentation address in Germany, with Chrome on
   * Windows and no session.
   *
   * @param id the event's identifier
   * @param user the user, or null for an unknown login name
   * @param at when it happened
   * @param outcome how it ended
   * @return the event
   */
  public static LoginEvent loginEvent(
      LoginEventId id, @Nullable UserId user, Instant at, LoginOutcome outcome) {
    return loginEvent(id, user, at, outcome, device("Chrome", "Windows"), location("DE"));
  }

  /**
   * Returns a password login event from a documentation address, with no session.
   *
   * @param id the event's identifier
   * @param user the user, or null for an unknown login name
   * @param at when it happened
   * @param outcome how it ended
   * @param device the device
   * @param location the location
   * @return the event
   */
  public static LoginEvent loginEvent(LoginEventId id, @Nullable UserId user, Instant at,
      LoginOutcome outcome, Device device, Location location) {
    return new LoginEvent(
        id, user, at, outcome, Factor.PASSWORD, "198.51.100.23", location, device, null);
  }

  /**
   * Returns a one-time token.
   *
   * @param hash the hash
   * @param purpose what it is for
   * @param user whom it is for
   * @param expiresAt when it stops working
   * @param attemptsLeft how many wrong tries it allows
   * @return the token
   */
  public static OneTimeToken token(TokenHash hash, TokenPurpose purpose, UserId user,
      Instant expiresAt, int attemptsLeft) {
    return new OneTimeToken(hash, purpose, user, expiresAt, attemptsLeft);
  }

  /**
   * Returns text of exactly {@code length} characters made of quotes, semicolons, comment
   * markers, backslashes, LIKE wildcards and non-ASCII letters (all in the Basic Multilingual
   * Plane, so characters and code points agree), starting with the given prefix.
   *
   * @param prefix the start, at most {@code length} characters
   * @param length the length
   * @return the text
   */
  public static String hostileText(String prefix, int length) {
    if (prefix.length() > length) {
      throw new IllegalArgumentException(
          "prefix must be at most " + length + " characters but was " + prefix.length());
    }
    StringBuilder text = new StringBuilder(prefix);
    while (text.length() < length) {
      text.append(HOSTILE.charAt(text.length() % HOSTILE.length()));
    }
    return text.toString();
  }

  /**
   * Returns a profile name of {@link #MAX_PROFILE_NAME_CODE_POINTS} code points, each a CJK
   * ideograph outside the Basic Multilingual Plane: twice as many UTF-16 characters.
   *
   * @return the name
   */
  public static String longestProfileName() {
    StringBuilder name = new StringBuilder();
    for (int i = 0; i < MAX_PROFILE_NAME_CODE_POINTS; i++) {
      name.appendCodePoint(0x20000 + i);
    }
    return name.toString();
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
