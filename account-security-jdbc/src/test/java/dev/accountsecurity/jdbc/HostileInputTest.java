package dev.accountsecurity.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import dev.accountsecurity.api.UserId;
import dev.accountsecurity.spi.SessionRecord;
import dev.accountsecurity.spi.StoreException;
import dev.accountsecurity.spi.UserRecord;
import dev.accountsecurity.testkit.TestData;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Text that tries to break out of SQL, and text outside the Basic Multilingual Plane, stored at
 * the longest length each column takes and read back unchanged; one character more is refused
 * as a {@link StoreException} that stores nothing and names no value.
 */
class HostileInputTest {
  /** Login names are limited in code points: PostgreSQL counts those, H2 twice as many units. */
  private static final int LOGIN_NAME_CODE_POINTS = 254;
  private static final int DEVICE_FIELD_UNITS = TestData.MAX_DEVICE_FIELD_LENGTH;
  private static final String INJECTION = "'); DROP TABLE hostile_users; --\\\"%_;";
  private static final String EMOJI = "\uD83D\uDE00"; // U+1F600, two UTF-16 units

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void create_injectionAndEmojiLoginNameOfMaximumLength_readBackExactly(Dialect dialect) {
    JdbcStores stores = schema(dialect).emptyStores();
    String loginName = codePoints(INJECTION + EMOJI, LOGIN_NAME_CODE_POINTS);
    UserRecord user = UserRecord.create(TestData.newUserId(), loginName,
        new Profile(codePoints(INJECTION, 100), codePoints(EMOJI + "'", 100)),
        TestData.password("p", TestData.T0), TestData.T0);

    assertTrue(stores.users().create(user));

    assertEquals(Optional.of(user), stores.users().findByLoginName(loginName));
    assertEquals(Optional.of(user), stores.users().findById(user.id()));
    assertEquals(1, schema(dialect).count("users"));
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void createSession_emojiDeviceFieldsOfMaximumLength_readBackExactly(Dialect dialect) {
    JdbcStores stores = schema(dialect).emptyStores();
    SessionRecord plain = TestData.session(TestData.newUserId(), TestData.newTokenHash());
    Session s = plain.session();
    Session hostile = new Session(s.id(), s.user(), s.createdAt(), s.lastSeenAt(),
        s.authenticatedAt(), true, units(INJECTION, 100), hostileLocation(), hostileDevice());
    SessionRecord session = new SessionRecord(hostile, plain.tokenHash(), plain.expiresAt());

    stores.sessions().create(session);

    assertEquals(Optional.of(session), stores.sessions().findByTokenHash(session.tokenHash()));
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void append_emojiDeviceFieldsOfMaximumLength_readBackExactly(Dialect dialect) {
    JdbcStores stores = schema(dialect).emptyStores();
    UserId user = TestData.newUserId();
    LoginEvent event = new LoginEvent(LoginEventId.of("hostile-1"), user, TestData.T0,
        LoginOutcome.SUCCESS, Factor.PASSWORD, units(INJECTION + EMOJI, 100), hostileLocation(),
        hostileDevice(), null);

    stores.loginActivity().append(event);

    assertEquals(Optional.of(event), stores.loginActivity().find(event.id()));
    assertEquals(List.of(event), stores.loginActivity().page(user, null, 10));
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void recordFailure_injectionKeyOfMaximumLength_readBackExactly(Dialect dialect) {
    JdbcStores stores = schema(dialect).emptyStores();
    String key = units(INJECTION, JdbcThrottleStore.MAX_KEY_LENGTH);

    assertEquals(1, stores.throttle().recordFailure(key, TestData.T0).failures());

    assertEquals(1, stores.throttle().find(key).orElseThrow().failures());
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void create_loginNameOneCharacterTooLong_storeExceptionWithoutValueAndNothingStored(
      Dialect dialect) {
    JdbcStores stores = schema(dialect).emptyStores();
    // One code point over on PostgreSQL; on H2, whose column counts units, one unit over.
    String loginName = dialect == Dialect.POSTGRESQL
        ? codePoints("too-long-", LOGIN_NAME_CODE_POINTS + 1)
        : units("too-long-", 2 * LOGIN_NAME_CODE_POINTS + 1);
    UserRecord user = TestData.user(loginName);

    StoreException e = assertThrows(StoreException.class, () -> stores.users().create(user));

    assertEquals("create user failed", e.getMessage());
    assertFalse(e.getMessage().contains("too-long"));
    assertEquals(0, schema(dialect).count("users"));
  }

  @Test
  void append_nulCharacterOnPostgres_storeExceptionAndNothingStored() {
    // PostgreSQL text cannot hold U+0000; the library never produces it (ClientInfo and the
    // User-Agent parser keep printable text), so a NUL here means a caller's bug.
    JdbcStores stores = schema(Dialect.POSTGRESQL).emptyStores();
    LoginEvent event = TestData.loginEvent(LoginEventId.of("nul-1"), TestData.newUserId(),
        TestData.T0, LoginOutcome.SUCCESS, TestData.device("Fire\u0000fox", "Linux"),
        TestData.location("DE"));

    StoreException e =
        assertThrows(StoreException.class, () -> stores.loginActivity().append(event));

    assertEquals("append login event failed", e.getMessage());
    assertEquals(0, schema(Dialect.POSTGRESQL).count("login_events"));
  }

  private static Device hostileDevice() {
    return new Device(units(EMOJI, DEVICE_FIELD_UNITS), units(INJECTION, DEVICE_FIELD_UNITS),
        units("Win'dows" + EMOJI, DEVICE_FIELD_UNITS), units("1\\0;", DEVICE_FIELD_UNITS),
        DeviceType.MOBILE);
  }

  private static Location hostileLocation() {
    return new Location("X'", units("Région'" + EMOJI, 400), units(INJECTION + "東京", 400),
        -90.0, 180.0, AddressKind.PUBLIC);
  }

  /** Repeats the pattern to exactly {@code count} code points. */
  static String codePoints(String pattern, int count) {
    int[] source = pattern.codePoints().toArray();
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      text.appendCodePoint(source[i % source.length]);
    }
    return text.toString();
  }

  /** Repeats the pattern to exactly {@code count} UTF-16 units, never splitting a pair. */
  static String units(String pattern, int count) {
    int[] source = pattern.codePoints().toArray();
    StringBuilder text = new StringBuilder();
    for (int i = 0; text.length() < count; i++) {
      int next = source[i % source.length];
      text.appendCodePoint(text.length() + Character.charCount(next) <= count ? next : 'x');
    }
    return text.toString();
  }

  private static TestSchema schema(Dialect dialect) {
    return dialect == Dialect.POSTGRESQL ? Schemas.POSTGRES : Schemas.H2;
  }

  /** The tables of this class, created on first use. */
  private static final class Schemas {
    static final TestSchema POSTGRES = TestSchema.shared(Dialect.POSTGRESQL, "hostile_");
    static final TestSchema H2 = TestSchema.shared(Dialect.H2, "hostile_");
  }
}
