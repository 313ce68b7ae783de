package dev.accountsecurity.examples.web;

import dev.accountsecurity.api.ChallengeToken;
import dev.accountsecurity.api.LoginResult;
import dev.accountsecurity.api.Logins;
import dev.accountsecurity.api.RefusalReason;
import dev.accountsecurity.api.Sessions;

/**
 * {@code POST /api/login}, {@code POST /api/login/code} and {@code POST /api/logout}: the two
 * steps of signing in, and signing out. Thread-safe.
 */
final class LoginHandlers {
  private static final int MAX_CHALLENGE_LENGTH = 128;

  private final Logins logins;
  private final Sessions sessions;
  private final SessionCookie cookie;
  private final PendingEnrolments pending;

  LoginHandlers(Logins logins, Sessions sessions, SessionCookie cookie,
      PendingEnrolments pending) {
    this.logins = logins;
    this.sessions = sessions;
    this.cookie = cookie;
    this.pending = pending;
  }

  /** Body {@code {loginName, password}}. */
  Reply login(Call call) {
    String loginName = call.text("loginName");
    String password = call.text("password");
    return answer(logins.login(loginName, password, call.client()));
  }

  /** Body {@code {challenge, code}}: a TOTP code or a recovery code. */
  Reply code(Call call) {
    String challenge = call.text("challenge");
    String code = call.text("code");
    if (challenge.isEmpty() || challenge.length() > MAX_CHALLENGE_LENGTH) {
      throw Refusals.login(LoginResult.Refused.of(RefusalReason.CHALLENGE_INVALID));
    }
    return answer(logins.completeSecondFactor(ChallengeToken.of(challenge), code,
        call.client()));
  }

  Reply logout(Call call) {
    Call.SignedIn signedIn = call.signedIn();
    pending.remove(signedIn.session().id());
    sessions.logout(signedIn.token());
    return Reply.json(Json.object("signedIn", false)).cookie(cookie.clear());
  }

  private Reply answer(LoginResult result) {
    if (result instanceof LoginResult.Authenticated signedIn) {
      return Reply.json(Json.object("signedIn", true,
              "passwordChangeRequired", signedIn.passwordChangeRequired()))
          .cookie(cookie.set(signedIn.token().reveal()));
    }
    if (result instanceof LoginResult.SecondFactorRequired required) {
      return Reply.json(Json.object("signedIn", false, "secondFactor", true,
          "challenge", required.challenge().reveal(), "expiresAt", required.expiresAt()));
    }
    throw Refusals.login((LoginResult.Refused) result);
  }
}
