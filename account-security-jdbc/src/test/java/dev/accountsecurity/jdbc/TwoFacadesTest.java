package dev.accountsecurity.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.zaxxer.hikari.HikariDataSource;
import dev.accountsecurity.api.ClientInfo;
import dev.accountsecurity.api.CodeCheck;
import dev.accountsecurity.api.CreateUserResult;
import dev.accountsecurity.api.EnrolmentResult;
import dev.accountsecurity.api.LoginResult;
import dev.accountsecurity.api.NewUser;
import dev.accountsecurity.api.RecoveryCodes;
import dev.accountsecurity.api.ResetRequestResult;
import dev.accountsecurity.api.ResetResult;
import dev.accountsecurity.api.ResetToken;
import dev.accountsecurity.api.UserId;
import dev.accountsecurity.core.AccountSecurity;
import dev.accountsecurity.core.TwoFactorOptions;
import dev.accountsecurity.core.password.PasswordHashing;
import dev.accountsecurity.core.totp.Base32;
import dev.accountsecurity.core.totp.StaticTotpKeyProvider;
import dev.accountsecurity.core.totp.Totp;
import dev.accountsecurity.spi.TotpKeyProvider;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two {@link AccountSecurity} instances, each with its own connection pool, on one PostgreSQL
 * database: the whole facade, not only the stores, behaves like one service when 32 threads on
 * each present the same code or token.
 */
class TwoFacadesTest {
  private static final int THREADS_PER_INSTANCE = 32;
  private static final String PASSWORD = "Correct-Horse-7";
  private static final ClientInfo CLIENT = ClientInfo.of("203.0.113.7", "Mozilla/5.0");
  private static final TestSchema SCHEMA = TestSchema.shared(Dialect.POSTGRESQL, "facade_");
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T09:00:10Z"),
      ZoneOffset.UTC);
  private static final TotpKeyProvider KEYS = StaticTotpKeyProvider.generate(new SecureRandom());

  private static HikariDataSource poolA;
  private static HikariDataSource poolB;

  private AccountSecurity a;
  private AccountSecurity b;

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
  void twoInstances() {
    SCHEMA.emptyStores();
    a = instance(poolA);
    b = instance(poolB);
  }

  private static AccountSecurity instance(HikariDataSource pool) {
    JdbcStores stores = SCHEMA.stores(pool);
    PasswordHashing lowCost = PasswordHashing.builder().argon2id(64, 1, 1).build();
    return AccountSecurity.builder()
        .userStore(stores.users())
        .sessionStore(stores.sessions())
        .loginActivityStore(stores.loginActivity())
        .throttleStore(stores.throttle())
        .oneTimeTokenStore(stores.tokens())
        .totpKeys(KEYS)
        .clock(CLOCK)
        .passwordHashing(lowCost)
        .recoveryCodeHashing(lowCost)
        .twoFactor(TwoFactorOptions.defaults("Acme"))
        .logEvents(false)
        .build();
  }

  @Test
  void verify_sameTotpCodeOnBothInstances_exactlyOneAccepted() throws Exception {
    UserId user = createUser();
    byte[] secret = enrol(user);
    // Enrolment used the current step; the code for the next step is still inside the window.
    Totp totp = Totp.defaults();
    String next = totp.format(totp.code(secret, totp.step(CLOCK.instant()) + 1));

    List<CodeCheck> answers = race(instance -> instance.twoFactor().verify(user, next));

    assertEquals(1, answers.stream().filter(CodeCheck::accepted).count());
    assertEquals(2 * THREADS_PER_INSTANCE - 1,
        answers.stream().filter(c -> c instanceof CodeCheck.AlreadyUsed).count());
  }

  @Test
  void verify_sameRecoveryCodeOnBothInstances_exactlyOneAccepted() throws Exception {
    UserId user = createUser();
    RecoveryCodes codes = enrolWithCodes(user);

    List<CodeCheck> answers = race(
        instance -> instance.twoFactor().verify(user, codes.codes().get(4)));

    assertEquals(1, answers.stream().filter(CodeCheck::accepted).count());
    assertEquals(9, b.twoFactor().remainingRecoveryCodes(user));
  }

  @Test
  void completeReset_sameTokenOnBothInstances_exactlyOneCompleted() throws Exception {
    createUser();
    ResetToken token = assertInstanceOf(ResetRequestResult.Issued.class,
        a.passwords().requestReset("ana@example.com", CLIENT)).token();

    List<ResetResult> answers = race(
        instance -> instance.passwords().completeReset(token, "Fresh-Start-2026"));

    assertEquals(1, answers.stream().filter(r -> r instanceof ResetResult.Completed).count());
    assertInstanceOf(LoginResult.Authenticated.class,
        b.logins().login("ana@example.com", "Fresh-Start-2026", CLIENT));
  }

  private UserId createUser() {
    CreateUserResult created = a.accounts().create(
        new NewUser("ana@example.com", PASSWORD, "Ana", "Lima", null));
    return assertInstanceOf(CreateUserResult.Created.class, created).user().id();
  }

  private byte[] enrol(UserId user) {
    byte[] secret = Base32.decode(a.twoFactor().beginEnrolment(user).orElseThrow().secret()
        .base32());
    Totp totp = Totp.defaults();
    String code = totp.format(totp.code(secret, totp.step(CLOCK.instant())));
    assertInstanceOf(EnrolmentResult.Enabled.class, b.twoFactor().confirmEnrolment(user, code));
    return secret;
  }

  private RecoveryCodes enrolWithCodes(UserId user) {
    byte[] secret = Base32.decode(a.twoFactor().beginEnrolment(user).orElseThrow().secret()
        .base32());
    Totp totp = Totp.defaults();
    String code = totp.format(totp.code(secret, totp.step(CLOCK.instant())));
    EnrolmentResult result = b.twoFactor().confirmEnrolment(user, code);
    RecoveryCodes codes = assertInstanceOf(EnrolmentResult.Enabled.class, result)
        .recoveryCodes();
    assertEquals(10, codes.codes().size());
    return codes;
  }

  private <T> List<T> race(java.util.function.Function<AccountSecurity, T> call)
      throws InterruptedException {
    return Racers.run(2 * THREADS_PER_INSTANCE, racer -> call.apply(racer % 2 == 0 ? a : b));
  }
}
