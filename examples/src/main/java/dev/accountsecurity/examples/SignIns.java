package dev.accountsecurity.examples;

import dev.accountsecurity.api.ChallengeToken;
import dev.accountsecurity.api.LoginResult;
import dev.accountsecurity.api.Logins;
import java.time.Duration;
import java.util.Objects;

/**
 * The two steps of a login as a person goes through them, with the answers the story expects;
 * any other answer stops the demo. The person takes a few seconds after the password step to
 * read the code, so the two steps get distinct times in the login activity.
 */
final class SignIns {
  private static final Duration READING_THE_CODE = Duration.ofSeconds(3);

  private final Logins logins;
  private final MutableClock clock;

  SignIns(Logins logins, MutableClock clock) {
    this.logins = Objects.requireNonNull(logins, "logins");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  LoginResult password(String loginName, String password, DemoDevice device) {
    LoginResult result = logins.login(loginName, password, device.client());
    clock.advance(READING_THE_CODE);
    return result;
  }

  LoginResult code(ChallengeToken challenge, String code, DemoDevice device) {
    return logins.completeSecondFactor(challenge, code, device.client());
  }

  /** Password, then the app's code: the everyday login with two-factor on. */
  LoginResult.Authenticated withCode(String loginName, String password, DemoDevice device,
      Authenticator app) {
    ChallengeToken challenge = challenge(password(loginName, password, device), device);
    return signedIn(code(challenge, app.code(), device), device);
  }

  /** Password only: the login while two-factor is off. */
  LoginResult.Authenticated withPassword(String loginName, String password, DemoDevice device) {
    return signedIn(password(loginName, password, device), device);
  }

  static ChallengeToken challenge(LoginResult result, DemoDevice device) {
    if (result instanceof LoginResult.SecondFactorRequired) {
      return ((LoginResult.SecondFactorRequired) result).challenge();
    }
    throw new DemoFailure("password step on " + device.name(), result);
  }

  static LoginResult.Authenticated signedIn(LoginResult result, DemoDevice device) {
    if (result instanceof LoginResult.Authenticated) {
      return (LoginResult.Authenticated) result;
    }
    throw new DemoFailure("login on " + device.name(), result);
  }

  static LoginResult.Refused refused(LoginResult result, String step) {
    if (result instanceof LoginResult.Refused) {
      return (LoginResult.Refused) result;
    }
    throw new DemoFailure(step, result);
  }
}
