package dev.accountsecurity.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.accountsecurity.api.ChallengeToken;
import dev.accountsecurity.api.ClientInfo;
import dev.accountsecurity.api.CreateUserResult;
import dev.accountsecurity.api.Enrolment;
import dev.accountsecurity.api.EnrolmentResult;
import dev.accountsecurity.api.LoginResult;
import dev.accountsecurity.api.NewUser;
import dev.accountsecurity.api.RefusalReason;
import dev.accountsecurity.api.ResetRequestResult;
import dev.accountsecurity.api.UserAccount;
import dev.accountsecurity.core.AccountSecurity;
import dev.accountsecurity.core.password.PasswordHashing;
import dev.accountsecurity.core.totp.Base32;
import dev.accountsecurity.core.totp.StaticTotpKeyProvider;
import dev.accountsecurity.core.totp.Totp;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The facade on the JDBC stores, attacked from outside: client-controlled text must never make a
 * store fail, and no secret a flow hands out may be found in any table in plain form.
 */
class FacadeOverJdbcTest {
  private static final String PASSWORD = "Correct-Horse-7";
  private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");

  private static AccountSecurity security(Dialect dialect, TestSchema schema) {
    JdbcStores stores = schema.emptyStores();
    return AccountSecurity.builder()
        .userStore(stores.users())
        .sessionStore(stores.sessions())
        .loginActivityStore(stores.loginActivity())
        .throttleStore(stores.throttle())
        .oneTimeTokenStore(stores.tokens())
        .totpKeys(StaticTotpKeyProvider.generate(new SecureRandom()))
        .clock(Clock.fixed(NOW, ZoneOffset.UTC))
        .passwordHashing(PasswordHashing.builder().argon2id(64, 1, 1).build())
        .recoveryCodeHashing(PasswordHashing.builder().argon2id(64, 1, 1).build())
        .logEvents(false)
        .build();
  }

  private static TestSchema schema(Dialect dialect) {
    return TestSchema.shared(dialect, "facade_");
  }

  private static UserAccount createUser(AccountSecurity security, String name) {
    return assertInstanceOf(CreateUserResult.Created.class, security.accounts()
        .create(new NewUser(name, PASSWORD, "Ana", "Lima", null))).user();
  }

  // uap-java copies the text before "/<version> CFNetwork" into the browser name, NUL and lone
  // surrogates included; PostgreSQL text cannot hold NUL, so any client could make its own login
  // (right password or not) fail with a StoreException instead of an answer.
  @ParameterizedTest
  @EnumSource(Dialect.class)
  void login_userAgentWithNulAndLoneSurrogate_answersAndStoresPrintableDevice(Dialect dialect) {
    TestSchema schema = schema(dialect);
    AccountSecurity security = security(dialect, schema);
    createUser(security, "ana@example.com");
    ClientInfo client = ClientInfo.of("8.8.8.8", "My\u0000App\uD800/1.0 CFNetwork/1.0 Darwin/20.0");

    LoginResult wrong = security.logins().login("ana@example.com", "Wrong-Horse-7", client);
    LoginResult right = security.logins().login("ana@example.com", PASSWORD, client);

    assertEquals(RefusalReason.WRONG_PASSWORD,
        assertInstanceOf(LoginResult.Refused.class, wrong).reason());
    assertEquals("MyApp", assertInstanceOf(LoginResult.Authenticated.class, right).session()
        .device().browser());
    assertEquals(2, schema.count("login_events"));
  }

  // Every secret a flow reveals to the host (password, session token, challenge, TOTP secret
  // and otpauth URI, recovery codes, reset token) is looked for in every column of every table.
  @ParameterizedTest
  @EnumSource(Dialect.class)
  void flows_everySecretHandedOut_neverStoredInPlainForm(Dialect dialect) {
    TestSchema schema = schema(dialect);
    AccountSecurity security = security(dialect, schema);
    UserAccount user = createUser(security, "ana@example.com");
    List<String> secrets = new ArrayList<>(List.of(PASSWORD));
    LoginResult.Authenticated session = assertInstanceOf(LoginResult.Authenticated.class,
        security.logins().login("ana@example.com", PASSWORD, ClientInfo.of("8.8.8.8", "x")));
    secrets.add(session.token().reveal());
    Enrolment enrolment = security.twoFactor().beginEnrolment(user.id()).orElseThrow();
    secrets.add(enrolment.secret().base32());
    secrets.add(enrolment.otpauthUri());
    Totp totp = Totp.defaults();
    String code = totp.format(totp.code(Base32.decode(enrolment.secret().base32()),
        totp.step(NOW)));
    EnrolmentResult.Enabled enabled = assertInstanceOf(EnrolmentResult.Enabled.class,
        security.twoFactor().confirmEnrolment(user.id(), code));
    secrets.addAll(enabled.recoveryCodes().codes());
    ChallengeToken challenge = assertInstanceOf(LoginResult.SecondFactorRequired.class,
        security.logins().login("ana@example.com", PASSWORD, ClientInfo.of("8.8.8.8", "x")))
        .challenge();
    secrets.add(challenge.reveal());
    ResetRequestResult.Issued reset = assertInstanceOf(ResetRequestResult.Issued.class,
        security.passwords().requestReset("ana@example.com", ClientInfo.of("8.8.8.8", "x")));
    secrets.add(reset.token().reveal());

    String everything = schema.allRows().toString();

    for (String secret : secrets) {
      assertFalse(everything.contains(secret), "a secret of " + secret.length()
          + " characters is stored in plain form");
    }
  }
}
