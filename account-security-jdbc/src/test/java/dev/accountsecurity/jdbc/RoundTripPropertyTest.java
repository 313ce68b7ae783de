package dev.accountsecurity.jdbc;

import dev.accountsecurity.api.AddressKind;
import dev.accountsecurity.api.Device;
import dev.accountsecurity.api.DeviceType;
import dev.accountsecurity.api.Factor;
import dev.accountsecurity.api.Location;
import dev.accountsecurity.api.LoginEvent;
import dev.accountsecurity.api.LoginEventId;
import dev.accountsecurity.api.LoginOutcome;
import dev.accountsecurity.api.Profile;
import dev.accountsecurity.spi.UserRecord;
import dev.accountsecurity.testkit.TestData;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Assertions;

/**
 * Any text without NUL, up to the longest each column takes, comes back unchanged: quotes,
 * backslashes, control characters, characters outside the Basic Multilingual Plane and all.
 */
class RoundTripPropertyTest {
  private static final TestSchema POSTGRES = TestSchema.shared(Dialect.POSTGRESQL, "property_");
  private static final TestSchema H2 = TestSchema.shared(Dialect.H2, "property_");

  @Property(tries = 60)
  void append_anyTextWithoutNul_readBackExactly(@ForAll Dialect dialect,
      @ForAll("deviceText") String browser, @ForAll("deviceText") String os,
      @ForAll("deviceText") String version, @ForAll("placeText") String city,
      @ForAll("addressText") String ip) {
    JdbcStores stores = schema(dialect).emptyStores();
    Location location = new Location("", city, city, null, null, AddressKind.INVALID);
    LoginEvent event = new LoginEvent(LoginEventId.of("p1"), TestData.newUserId(), TestData.T0,
        LoginOutcome.WRONG_CODE, Factor.TOTP, ip, location,
        new Device(browser, version, os, version, DeviceType.BOT), null);

    stores.loginActivity().append(event);

    Assertions.assertEquals(Optional.of(event), stores.loginActivity().find(event.id()));
    Assertions.assertEquals(List.of(event),
        stores.loginActivity().page(event.user(), null, 1));
  }

  @Property(tries = 60)
  void create_anyLoginNameAndNamesWithoutNul_readBackExactly(@ForAll Dialect dialect,
      @ForAll("loginName") String loginName, @ForAll("profileName") String name) {
    JdbcStores stores = schema(dialect).emptyStores();
    UserRecord user = UserRecord.create(TestData.newUserId(), loginName, new Profile(name, name),
        TestData.password("p", TestData.T0), TestData.T0);

    Assertions.assertTrue(stores.users().create(user));

    Assertions.assertEquals(Optional.of(user), stores.users().findByLoginName(loginName));
  }

  @Provide
  Arbitrary<String> deviceText() {
    return text(TestData.MAX_DEVICE_FIELD_LENGTH / 2);
  }

  @Provide
  Arbitrary<String> placeText() {
    return text(200);
  }

  @Provide
  Arbitrary<String> addressText() {
    return text(TestData.MAX_IP_ADDRESS_LENGTH / 2);
  }

  @Provide
  Arbitrary<String> loginName() {
    return text(254);
  }

  @Provide
  Arbitrary<String> profileName() {
    return text(TestData.MAX_PROFILE_NAME_CODE_POINTS);
  }

  /**
   * Text of up to {@code maxCodePoints} code points, each a scalar value other than NUL (never a
   * lone surrogate), so at most twice as many UTF-16 units.
   */
  private static Arbitrary<String> text(int maxCodePoints) {
    Arbitrary<Integer> codePoint = Arbitraries.frequencyOf(
        Tuple.of(4, Arbitraries.of((int) '\'', (int) '"', (int) '\\', (int) ';', (int) '%',
            (int) '_', (int) '-', (int) '*', (int) '/')),
        Tuple.of(4, Arbitraries.integers().between(0x20, 0x7E)),
        Tuple.of(1, Arbitraries.integers().between(0x01, 0x1F)),
        Tuple.of(2, Arbitraries.integers().between(0x80, 0xD7FF)),
        Tuple.of(1, Arbitraries.integers().between(0xE000, 0xFFFF)),
        Tuple.of(2, Arbitraries.integers().between(0x10000, 0x10FFFF)));
    return codePoint.list().ofMaxSize(maxCodePoints).map(points -> {
      StringBuilder text = new StringBuilder();
      points.forEach(text::appendCodePoint);
      return text.toString();
    });
  }

  private static TestSchema schema(Dialect dialect) {
    return dialect == Dialect.POSTGRESQL ? POSTGRES : H2;
  }
}
