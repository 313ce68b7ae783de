package dev.accountsecurity.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accountsecurity.api.LoginEvent;
import dev.accountsecurity.api.LoginEventId;
import dev.accountsecurity.api.LoginOutcome;
import dev.accountsecurity.spi.OneTimeToken;
import dev.accountsecurity.spi.SessionRecord;
import dev.accountsecurity.spi.TokenPurpose;
import dev.accountsecurity.spi.UserRecord;
import dev.accountsecurity.testkit.TestData;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Two table prefixes side by side in one database never see each other's rows. */
class TablePrefixTest {

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void users_sameIdAndLoginNameUnderTwoPrefixes_keptApart(Dialect dialect) {
    JdbcStores left = left(dialect);
    JdbcStores right = right(dialect);
    UserRecord user = TestData.fullUser("shared@example.com");

    assertTrue(left.users().create(user));
    assertEquals(Optional.empty(), right.users().findById(user.id()));
    assertTrue(right.users().create(user));
    assertTrue(left.users().advanceTotpStep(user.id(), user.lastTotpStep() + 1));
    assertTrue(left.users().disableTotp(user.id()));

    assertEquals(Optional.of(user), right.users().findByLoginName("shared@example.com"));
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void sessionsAndEvents_underTwoPrefixes_keptApart(Dialect dialect) {
    JdbcStores left = left(dialect);
    JdbcStores right = right(dialect);
    SessionRecord session = TestData.session(TestData.newUserId(), TestData.newTokenHash());
    LoginEvent event = TestData.loginEvent(LoginEventId.of("prefix-1"), session.session().user(),
        TestData.at(1), LoginOutcome.SUCCESS);
    left.sessions().create(session);
    left.loginActivity().append(event);

    assertEquals(Optional.empty(), right.sessions().findByTokenHash(session.tokenHash()));
    assertEquals(0, right.sessions().revokeAll(session.session().user(), null));
    assertEquals(List.of(), right.loginActivity().page(session.session().user(), null, 10));
    assertEquals(0, right.loginActivity().purgeOlderThan(TestData.at(1_000)));

    assertEquals(List.of(session), left.sessions().listByUser(session.session().user()));
    assertEquals(Optional.of(event), left.loginActivity().find(event.id()));
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void throttleAndTokens_underTwoPrefixes_keptApart(Dialect dialect) {
    JdbcStores left = left(dialect);
    JdbcStores right = right(dialect);
    OneTimeToken token = TestData.token(TestData.newTokenHash(), TokenPurpose.PASSWORD_RESET,
        TestData.newUserId(), TestData.at(60), 0);
    left.throttle().recordFailure("account:ada", TestData.at(1));
    left.throttle().recordFailure("account:ada", TestData.at(2));
    left.tokens().issue(token, true);

    assertEquals(1, right.throttle().recordFailure("account:ada", TestData.at(3)).failures());
    assertFalse(right.tokens().consume(token.hash(), TokenPurpose.PASSWORD_RESET));

    assertEquals(2, left.throttle().find("account:ada").orElseThrow().failures());
    assertEquals(Optional.of(token), left.tokens().find(token.hash(), TokenPurpose.PASSWORD_RESET));
  }

  private static JdbcStores left(Dialect dialect) {
    return (dialect == Dialect.POSTGRESQL ? Schemas.POSTGRES_LEFT : Schemas.H2_LEFT).emptyStores();
  }

  private static JdbcStores right(Dialect dialect) {
    return (dialect == Dialect.POSTGRESQL ? Schemas.POSTGRES_RIGHT : Schemas.H2_RIGHT)
        .emptyStores();
  }

  /** The tables of this class, created on first use. */
  private static final class Schemas {
    static final TestSchema POSTGRES_LEFT = TestSchema.shared(Dialect.POSTGRESQL, "left_");
    static final TestSchema POSTGRES_RIGHT = TestSchema.shared(Dialect.POSTGRESQL, "right_");
    static final TestSchema H2_LEFT = TestSchema.shared(Dialect.H2, "left_");
    static final TestSchema H2_RIGHT = TestSchema.shared(Dialect.H2, "right_");
  }
}
