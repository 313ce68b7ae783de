package dev.accountsecurity.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.accountsecurity.api.Profile;
import dev.accountsecurity.api.UserId;
import dev.accountsecurity.spi.StoreException;
import dev.accountsecurity.spi.TokenPurpose;
import dev.accountsecurity.testkit.TestData;
import java.sql.SQLException;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A database that cannot be reached surfaces as {@link StoreException}: its message names the
 * operation and no bound value, and its cause is the driver's exception.
 */
class StoreExceptionTest {
  private static final String SECRET_LOOKING = "ada-secret@example.com";
  private static final JdbcStores DOWN = JdbcStores.builder()
      .dataSource(BrokenDataSource.create()).dialect(Dialect.POSTGRESQL).build();

  static Stream<Arguments> operations() {
    UserId user = UserId.of("user-1");
    return Stream.of(
        Arguments.of("find user by login name",
            call(s -> s.users().findByLoginName(SECRET_LOOKING))),
        Arguments.of("update profile",
            call(s -> s.users().updateProfile(user, new Profile(SECRET_LOOKING, "x")))),
        Arguments.of("replace password", call(s -> s.users().replacePassword(user,
            SECRET_LOOKING, TestData.password("p", TestData.T0), 5))),
        Arguments.of("consume recovery code",
            call(s -> s.users().consumeRecoveryCode(user, 1, SECRET_LOOKING))),
        Arguments.of("create session", call(s -> s.sessions()
            .create(TestData.session(user, TestData.newTokenHash())))),
        Arguments.of("page login events", call(s -> s.loginActivity().page(user, null, 10))),
        Arguments.of("record failure",
            call(s -> s.throttle().recordFailure(SECRET_LOOKING, TestData.T0))),
        Arguments.of("consume one-time token",
            call(s -> s.tokens().consume(TestData.tokenHash(7), TokenPurpose.PASSWORD_RESET))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void operation_databaseDown_storeExceptionNamingOperationWithCause(String operation,
      Consumer<JdbcStores> call) {
    StoreException e = assertThrows(StoreException.class, () -> call.accept(DOWN));

    assertEquals(operation + " failed", e.getMessage());
    assertEquals(SQLException.class, e.getCause().getClass());
    assertFalse(e.getMessage().contains(SECRET_LOOKING));
  }

  private static Consumer<JdbcStores> call(Consumer<JdbcStores> call) {
    return call;
  }
}
