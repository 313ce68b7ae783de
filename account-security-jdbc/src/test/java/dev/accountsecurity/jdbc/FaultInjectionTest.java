package dev.accountsecurity.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accountsecurity.jdbc.FailingDataSource.Mode;
import dev.accountsecurity.spi.OneTimeToken;
import dev.accountsecurity.spi.PendingTotp;
import dev.accountsecurity.spi.StoreException;
import dev.accountsecurity.spi.StoredPassword;
import dev.accountsecurity.spi.TokenPurpose;
import dev.accountsecurity.spi.UserRecord;
import dev.accountsecurity.testkit.TestData;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A connection that fails in the middle of a multi-statement operation leaves every row exactly
 * as it was, whether the statement alone fails (the store rolls back) or the connection dies
 * with it (the database rolls back). The failure surfaces as a {@link StoreException} naming
 * the operation, and a working connection goes back in auto-commit mode.
 */
class FaultInjectionTest {
  private static final String PREFIX = "fault_";
  private static final Map<Dialect, TestSchema> SCHEMAS = new EnumMap<>(Dialect.class);

  static Stream<Arguments> dialectsAndModes() {
    return Stream.of(Dialect.values())
        .flatMap(d -> Stream.of(Mode.values()).map(m -> Arguments.of(d, m)));
  }

  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("dialectsAndModes")
  void create_failsAtSecondRecoveryCode_noUserStored(Dialect dialect, Mode mode) {
    schema(dialect).emptyStores();
    UserRecord user = TestData.fullUser(TestData.newLoginName());

    assertFailureChangesNothing(dialect, mode, "INSERT INTO fault_recovery_codes", 2,
        "create user failed", stores -> stores.users().create(user));

    assertEquals(0, schema(dialect).count("users"));
  }

  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("dialectsAndModes")
  void replacePassword_failsAtHistoryInsert_rowsUnchanged(Dialect dialect, Mode mode) {
    UserRecord user = stored(dialect, TestData.fullUser(TestData.newLoginName()));
    StoredPassword next = TestData.password("next", TestData.at(60));

    assertFailureChangesNothing(dialect, mode, "INSERT INTO fault_password_history", 1,
        "replace password failed",
        stores -> stores.users().replacePassword(user.id(), user.password().hash(), next, 5));
  }

  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("dialectsAndModes")
  void enableTotp_failsAtSecondRecoveryCode_rowsUnchanged(Dialect dialect, Mode mode) {
    UserRecord user = stored(dialect, TestData.fullUser(TestData.newLoginName()));
    PendingTotp pending = user.pendingTotp();

    assertFailureChangesNothing(dialect, mode, "INSERT INTO fault_recovery_codes", 2,
        "enable TOTP failed", stores -> stores.users()
            .enableTotp(user.id(), pending, 99_000_000L, TestData.recoveryCodes(10)));
  }

  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("dialectsAndModes")
  void disableTotp_failsAtRecoveryCodeDelete_rowsUnchanged(Dialect dialect, Mode mode) {
    UserRecord user = stored(dialect, TestData.fullUser(TestData.newLoginName()));

    assertFailureChangesNothing(dialect, mode, "DELETE FROM fault_recovery_codes", 1,
        "disable TOTP failed", stores -> stores.users().disableTotp(user.id()));
  }

  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("dialectsAndModes")
  void replaceRecoveryCodes_failsAfterDelete_rowsUnchanged(Dialect dialect, Mode mode) {
    UserRecord user = stored(dialect, TestData.fullUser(TestData.newLoginName()));

    assertFailureChangesNothing(dialect, mode, "INSERT INTO fault_recovery_codes", 1,
        "replace recovery codes failed",
        stores -> stores.users().replaceRecoveryCodes(user.id(), TestData.recoveryCodes(10)));
  }

  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("dialectsAndModes")
  void issueReplacingOthers_failsAfterDelete_rowsUnchanged(Dialect dialect, Mode mode) {
    JdbcStores healthy = schema(dialect).emptyStores();
    OneTimeToken old = resetToken();
    healthy.tokens().issue(old, false);
    OneTimeToken fresh = TestData.token(TestData.newTokenHash(), TokenPurpose.PASSWORD_RESET,
        old.user(), TestData.at(7_200), 0);

    assertFailureChangesNothing(dialect, mode, "INSERT INTO fault_one_time_tokens", 1,
        "issue one-time token failed", stores -> stores.tokens().issue(fresh, true));
  }

  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("dialectsAndModes")
  void spendAttempt_failsAtDeleteOfSpentToken_attemptKept(Dialect dialect, Mode mode) {
    JdbcStores healthy = schema(dialect).emptyStores();
    OneTimeToken token = TestData.token(TestData.newTokenHash(), TokenPurpose.LOGIN_CHALLENGE,
        TestData.newUserId(), TestData.at(300), 1);
    healthy.tokens().issue(token, false);

    assertFailureChangesNothing(dialect, mode, "DELETE FROM fault_one_time_tokens", 1,
        "spend one-time token attempt failed",
        stores -> stores.tokens().spendAttempt(token.hash(), TokenPurpose.LOGIN_CHALLENGE));
  }

  private static void assertFailureChangesNothing(Dialect dialect, Mode mode, String fragment,
      int occurrence, String message, Consumer<JdbcStores> operation) {
    TestSchema schema = schema(dialect);
    Map<String, List<Map<String, Object>>> before = schema.allRows();
    FailingDataSource failing =
        new FailingDataSource(TestDatabases.unpooled(dialect), fragment, occurrence, mode);
    JdbcStores broken = schema.stores(failing.dataSource());

    StoreException e = assertThrows(StoreException.class, () -> operation.accept(broken));

    assertEquals(message, e.getMessage());
    assertTrue(failing.failed(), "the injected failure never happened");
    assertEquals(before, schema.allRows());
    if (mode == Mode.STATEMENT_FAILS) {
      assertEquals(List.of(true), failing.autoCommitOnClose());
    } else {
      assertFalse(failing.autoCommitOnClose().contains(false));
    }
  }

  private static UserRecord stored(Dialect dialect, UserRecord user) {
    assertTrue(schema(dialect).emptyStores().users().create(user));
    return user;
  }

  private static OneTimeToken resetToken() {
    return TestData.token(TestData.newTokenHash(), TokenPurpose.PASSWORD_RESET,
        TestData.newUserId(), TestData.at(3_600), 0);
  }

  private static synchronized TestSchema schema(Dialect dialect) {
    return SCHEMAS.computeIfAbsent(dialect, d -> TestSchema.shared(d, PREFIX));
  }
}
