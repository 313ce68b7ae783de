package dev.accountsecurity.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.accountsecurity.api.LoginEventId;
import dev.accountsecurity.api.LoginOutcome;
import dev.accountsecurity.api.Session;
import dev.accountsecurity.spi.SessionRecord;
import dev.accountsecurity.testkit.TestData;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Instants are stored truncated to microseconds on both dialects, and comparisons in SQL use
 * the truncated value on both sides.
 */
class TimePrecisionTest {
  private static final Instant WITH_NANOS = TestData.T0.plusNanos(456_789);
  private static final Instant TRUNCATED = TestData.T0.plusNanos(456_000);

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void create_nanosecondTimes_readBackTruncatedToMicroseconds(Dialect dialect) {
    JdbcStores stores = schema(dialect).emptyStores();
    SessionRecord plain = TestData.session(TestData.newUserId(), TestData.newTokenHash());

    stores.sessions().create(at(plain, WITH_NANOS));

    assertEquals(List.of(at(plain, TRUNCATED)),
        stores.sessions().listByUser(plain.session().user()));
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void touch_sameMicrosecondLaterNanos_changesNothing(Dialect dialect) {
    JdbcStores stores = schema(dialect).emptyStores();
    SessionRecord session =
        at(TestData.session(TestData.newUserId(), TestData.newTokenHash()), TRUNCATED);
    stores.sessions().create(session);

    stores.sessions().touch(session.session().id(), WITH_NANOS);

    assertEquals(List.of(session), stores.sessions().listByUser(session.session().user()));
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void purgeOlderThan_cutoffInSameMicrosecond_keepsEvent(Dialect dialect) {
    JdbcStores stores = schema(dialect).emptyStores();
    stores.loginActivity().append(TestData.loginEvent(LoginEventId.of("t1"),
        TestData.newUserId(), TRUNCATED, LoginOutcome.SUCCESS));

    assertEquals(0, stores.loginActivity().purgeOlderThan(WITH_NANOS));
  }

  private static SessionRecord at(SessionRecord plain, Instant time) {
    Session s = plain.session();
    Session timed = new Session(s.id(), s.user(), time, time, time, false, s.ipAddress(),
        s.location(), s.device());
    return new SessionRecord(timed, plain.tokenHash(), time);
  }

  private static TestSchema schema(Dialect dialect) {
    return dialect == Dialect.POSTGRESQL ? Schemas.POSTGRES : Schemas.H2;
  }

  /** The tables of this class, created on first use. */
  private static final class Schemas {
    static final TestSchema POSTGRES = TestSchema.shared(Dialect.POSTGRESQL, "time_");
    static final TestSchema H2 = TestSchema.shared(Dialect.H2, "time_");
  }
}
