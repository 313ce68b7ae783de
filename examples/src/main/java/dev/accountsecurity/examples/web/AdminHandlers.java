package dev.accountsecurity.examples.web;

import dev.accountsecurity.api.AdminResetResult;
import dev.accountsecurity.api.TwoFactor;
import dev.accountsecurity.api.UserId;

/**
 * {@code POST /api/admin/members/{userId}/reset-2fa}: a team admin turns off a member's
 * two-factor authentication, with a reason. The library decides who may. Thread-safe.
 */
final class AdminHandlers {
  private final TwoFactor twoFactor;

  AdminHandlers(TwoFactor twoFactor) {
    this.twoFactor = twoFactor;
  }

  /** Body {@code {reason}}. */
  Reply resetTwoFactor(Call call) {
    Call.SignedIn admin = call.signedIn();
    UserId member = memberId(call.pathParameter("userId"));
    String reason = call.text("reason");
    AdminResetResult result = twoFactor.adminReset(admin.token(), member, reason);
    if (result instanceof AdminResetResult.Reset reset) {
      return Reply.json(Json.object("reset", true, "sessionsRevoked", reset.sessionsRevoked()));
    }
    throw refusal(((AdminResetResult.Refused) result).reason());
  }

  private static UserId memberId(String text) {
    try {
      return UserId.of(text);
    } catch (IllegalArgumentException e) {
      throw refusal(AdminResetResult.Reason.NOT_IN_TEAM);
    }
  }

  private static ApiError refusal(AdminResetResult.Reason reason) {
    switch (reason) {
      case SESSION_INVALID:
        return ApiError.notSignedIn();
      case NOT_AN_ADMIN:
        return ApiError.of(403, "not_an_admin", "Only a team admin can do this.");
      case NOT_IN_TEAM:
        return ApiError.notFound("not_in_team", "There is no such member in your team.");
      case OWN_ACCOUNT:
        return ApiError.of(403, "own_account",
            "Admins cannot reset their own two-factor; turn it off on your profile instead.");
      case STEP_UP_REQUIRED:
        return ApiError.of(403, "step_up_required",
            "Sign in again (with two-factor, where it is on) before resetting a member.");
      case NOT_ENROLLED:
        return ApiError.conflict("not_enrolled", "This member has two-factor off already.");
      case REASON_REQUIRED:
        return ApiError.badRequest("reason_required",
            "Give a reason of 1 to 500 characters, for the audit trail.");
      default:
        throw new AssertionError(reason);
    }
  }
}
