package dev.accountsecurity.api;

/**
 * Signing in: password, then a second factor where it is on. Every attempt is recorded as a
 * login event. Implementations are thread-safe.
 */
public interface Logins {

  /**
   * First step of a login. An unknown login name costs the same hashing work as a known one.
   *
   * @param loginName the login name as typed
   * @param password the password
   * @param client the client's address and User-Agent
   * @return signed in, a second factor required, or refused
   */
  LoginResult login(String loginName, String password, ClientInfo client);

  /**
   * Second step: a TOTP code or a recovery code for the challenge from the first step. The
   * challenge is single-use and allows a few wrong codes.
   *
   * @param challenge the challenge token
   * @param code a TOTP code or a recovery code
   * @param client the client's address and User-Agent
   * @return signed in, or refused
   * @throws IllegalStateException if the key that encrypted the user's secret is not configured
   */
  LoginResult completeSecondFactor(ChallengeToken challenge, String code, ClientInfo client);

  /**
   * Re-authenticates within a session by password, for a sensitive change: updates the
   * session's authentication time.
   *
   * @param token the session token
   * @param password the password
   * @return true when the password verified
   */
  boolean reauthenticate(SessionToken token, String password);
}
