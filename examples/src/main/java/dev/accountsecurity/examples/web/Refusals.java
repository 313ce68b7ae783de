package dev.accountsecurity.examples.web;

import dev.accountsecurity.api.CodeCheck;
import dev.accountsecurity.api.LoginResult;
import dev.accountsecurity.api.RefusalReason;
import java.time.Duration;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Turns the library's refusals into replies: the library's public message, a status, the wait
 * for throttling, and a hint about the phone's clock for a wrong code.
 */
final class Refusals {
  private static final String CLOCK_HINT =
      "Codes change every 30 seconds. If they keep failing, check that your phone sets its"
          + " time automatically.";

  private Refusals() {}

  /**
   * The refusal of a login step. An unknown name and a wrong password read alike, so the reply
   * tells nothing about which login names exist.
   */
  static ApiError login(LoginResult.Refused refused) {
    RefusalReason reason = refused.reason();
    Duration wait = refused.retryAfter();
    switch (reason) {
      case THROTTLED:
      case LOCKED:
        return ApiError.tooManyAttempts(code(reason), reason.publicMessage(),
            wait == null ? Duration.ofSeconds(1) : wait);
      case PASSWORD_DISABLED:
        return ApiError.of(403, code(reason), reason.publicMessage());
      case WRONG_CODE:
        return wrongCode(refused.clockDrift());
      case UNKNOWN_LOGIN_NAME:
      case WRONG_PASSWORD:
        return ApiError.of(401, "login_refused", reason.publicMessage());
      default:
        return ApiError.of(401, code(reason), reason.publicMessage());
    }
  }

  static ApiError wrongCode(@Nullable Duration drift) {
    ApiError error = ApiError.of(401, "wrong_code", RefusalReason.WRONG_CODE.publicMessage())
        .with("clockDriftSeconds", drift == null ? null : drift.toSeconds());
    return error.with("hint", drift == null ? CLOCK_HINT : driftHint(drift));
  }

  private static String driftHint(Duration drift) {
    long minutes = Math.max(1, Math.abs(drift.toSeconds()) / 60);
    String direction = drift.isNegative() ? "behind" : "ahead";
    return "That code belongs to a time about " + minutes
        + (minutes == 1 ? " minute " : " minutes ") + direction
        + " of ours: your phone's clock seems off. Set it to update automatically.";
  }

  /** The refusal of a re-authentication by password or code. */
  static ApiError reauthentication(@Nullable CodeCheck check) {
    if (check instanceof CodeCheck.Throttled throttled) {
      return ApiError.tooManyAttempts("throttled", RefusalReason.THROTTLED.publicMessage(),
          throttled.retryAfter());
    }
    if (check instanceof CodeCheck.AlreadyUsed) {
      return ApiError.of(403, "code_already_used",
          RefusalReason.CODE_ALREADY_USED.publicMessage());
    }
    return ApiError.of(403, "reauthentication_failed", "The password or code is incorrect.");
  }

  private static String code(RefusalReason reason) {
    return reason.name().toLowerCase(Locale.ROOT);
  }
}
