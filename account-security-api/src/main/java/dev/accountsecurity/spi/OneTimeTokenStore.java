package dev.accountsecurity.spi;

import dev.accountsecurity.api.UserId;
import java.time.Instant;
import java.util.Optional;

/**
 * Single-use tokens: forgotten-password resets and login challenges. Implementations are
 * thread-safe.
 */
public interface OneTimeTokenStore {

  /**
   * Stores a token. With {@code replaceOthers}, atomically deletes the user's other tokens of
   * the same purpose first, so a newer reset token replaces older ones.
   *
   * @param token the token
   * @param replaceOthers whether to delete the user's other tokens of this purpose
   */
  void issue(OneTimeToken token, boolean replaceOthers);

  /**
   * Finds a token of the given purpose.
   *
   * @param hash the hash
   * @param purpose the purpose it must have
   * @return the token, expired ones included, or empty
   */
  Optional<OneTimeToken> find(TokenHash hash, TokenPurpose purpose);

  /**
   * Atomically deletes the token if it exists with this purpose. Of concurrent calls for one
   * token, exactly one answers true.
   *
   * @param hash the hash
   * @param purpose the purpose it must have
   * @return true when this call consumed it
   */
  boolean consume(TokenHash hash, TokenPurpose purpose);

  /**
   * Atomically spends one attempt of the token; a token with none left is deleted. A token
   * issued with 3 attempts answers 2, 1, 0 (and is deleted), then -1.
   *
   * @param hash the hash
   * @param purpose the purpose it must have
   * @return the attempts left after this one, or -1 when the token is gone or had none left
   */
  int spendAttempt(TokenHash hash, TokenPurpose purpose);

  /**
   * Deletes every token of the user with this purpose.
   *
   * @param user the user
   * @param purpose the purpose
   * @return how many were deleted
   */
  int revokeAll(UserId user, TokenPurpose purpose);

  /**
   * Deletes tokens that expired strictly before the given time.
   *
   * @param now the time now
   * @return how many were deleted
   */
  int purgeExpired(Instant now);
}
