package dev.accountsecurity.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import dev.accountsecurity.api.LoginEvent;
import dev.accountsecurity.api.LoginEventId;
import dev.accountsecurity.api.LoginOutcome;
import dev.accountsecurity.api.UserId;
import dev.accountsecurity.spi.LoginActivityStore.Position;
import dev.accountsecurity.spi.OneTimeToken;
import dev.accountsecurity.spi.RecoveryCodeHash;
import dev.accountsecurity.spi.TokenPurpose;
import dev.accountsecurity.spi.UserRecord;
import dev.accountsecurity.testkit.TestData;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two service instances, each with its own connection pool, on one PostgreSQL database at its
 * default isolation (read committed), 32 threads on each, racing on the operations the ports
 * call atomic.
 */
class TwoInstancesTest {
  private static final int THREADS_PER_INSTANCE = 32;
  private static final int EVENTS = 10_000;
  private static final TestSchema SCHEMA = TestSchema.shared(Dialect.POSTGRESQL, "two_");

  private static HikariDataSource poolA;
  private static HikariDataSource poolB;

  private JdbcStores a;
  private JdbcStores b;

  @BeforeAll
  static void openPools() {
    poolA = TestDatabases.newPool(Dialect.POSTGRESQL, THREADS_PER_INSTANCE);
    poolB = TestDatabases.newPool(Dialect.POSTGRESQL, THREADS_PER_INSTANCE);
  }

  @AfterAll
  static void closePools() {
    poolA.close();
    poolB.close();
  }

  @BeforeEach
  void emptyTables() {
    SCHEMA.emptyStores();
    a = SCHEMA.stores(poolA);
    b = SCHEMA.stores(poolB);
  }

  @Test
  void advanceTotpStep_sameStepFromBothInstances_exactlyOneTrue() throws Exception {
    UserRecord user = TestData.fullUser(TestData.newLoginName());
    assertTrue(a.users().create(user));
    long step = user.lastTotpStep() + 1;

    List<Boolean> answers = race(stores -> stores.users().advanceTotpStep(user.id(), step));

    assertEquals(1, Racers.countTrue(answers));
    assertEquals(step, b.users().findById(user.id()).orElseThrow().lastTotpStep());
  }

  @Test
  void consumeRecoveryCode_sameCodeFromBothInstances_exactlyOneTrue() throws Exception {
    UserRecord user = TestData.fullUser(TestData.newLoginName());
    assertTrue(a.users().create(user));
    RecoveryCodeHash code = user.recoveryCodes().get(1);

    List<Boolean> answers = race(
        stores -> stores.users().consumeRecoveryCode(user.id(), code.slot(), code.hash()));

    assertEquals(1, Racers.countTrue(answers));
    assertEquals(List.of(user.recoveryCodes().get(0), user.recoveryCodes().get(2)),
        b.users().findById(user.id()).orElseThrow().recoveryCodes());
  }

  @Test
  void consume_sameResetTokenFromBothInstances_exactlyOneTrue() throws Exception {
    OneTimeToken token = TestData.token(TestData.newTokenHash(), TokenPurpose.PASSWORD_RESET,
        TestData.newUserId(), TestData.at(3_600), 0);
    a.tokens().issue(token, true);

    List<Boolean> answers =
        race(stores -> stores.tokens().consume(token.hash(), TokenPurpose.PASSWORD_RESET));

    assertEquals(1, Racers.countTrue(answers));
    assertEquals(Optional.empty(), b.tokens().find(token.hash(), TokenPurpose.PASSWORD_RESET));
  }

  @Test
  void append_tenThousandEventsFromBothInstances_allKeptAndPagedInOrder() throws Exception {
    UserId user = TestData.newUserId();
    int racers = 2 * THREADS_PER_INSTANCE;

    Racers.run(racers, racer -> {
      JdbcStores stores = racer % 2 == 0 ? a : b;
      for (int n = racer; n < EVENTS; n += racers) {
        stores.loginActivity().append(event(user, n));
      }
      return racer;
    });

    assertEquals(EVENTS, SCHEMA.count("login_events"));
    List<String> expected = new ArrayList<>();
    for (int n = 0; n < EVENTS; n++) {
      expected.add(event(user, n).id().value());
    }
    expected.sort(Comparator.comparing(TwoInstancesTest::timeOf).thenComparing(id -> id)
        .reversed());
    assertEquals(expected, pageThrough(b, user));
  }

  private List<Boolean> race(Operation operation) throws InterruptedException {
    return Racers.run(2 * THREADS_PER_INSTANCE,
        racer -> operation.run(racer % 2 == 0 ? a : b));
  }

  private static List<String> pageThrough(JdbcStores stores, UserId user) {
    List<String> ids = new ArrayList<>();
    List<LoginEvent> page = stores.loginActivity().page(user, null, 1_000);
    while (!page.isEmpty()) {
      page.forEach(event -> ids.add(event.id().value()));
      LoginEvent last = page.get(page.size() - 1);
      page = stores.loginActivity().page(user, new Position(last.at(), last.id()), 1_000);
    }
    return ids;
  }

  // Ten events share each millisecond, so the order relies on the id as a tie-breaker too.
  private static LoginEvent event(UserId user, int n) {
    LoginEventId id = LoginEventId.of(String.format("ev%05d", n));
    Instant at = TestData.T0.plusMillis(n / 10);
    return TestData.loginEvent(id, user, at, LoginOutcome.WRONG_PASSWORD);
  }

  private static Instant timeOf(String id) {
    return TestData.T0.plusMillis(Integer.parseInt(id.substring(2)) / 10);
  }

  @FunctionalInterface
  private interface Operation {
    boolean run(JdbcStores stores);
  }
}
