package dev.accountsecurity.examples.web;

import dev.accountsecurity.api.Accounts;
import dev.accountsecurity.api.PasswordChangeResult;
import dev.accountsecurity.api.PasswordViolation;
import dev.accountsecurity.api.Passwords;
import dev.accountsecurity.api.ProfileField;
import dev.accountsecurity.api.ProfileUpdateResult;
import dev.accountsecurity.api.ProfileViolation;
import dev.accountsecurity.api.Session;
import dev.accountsecurity.api.TwoFactor;
import dev.accountsecurity.api.UserAccount;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/me}, {@code PUT /api/profile} and {@code POST /api/password}: who is signed
 * in, their names, and their password. Thread-safe.
 */
final class ProfileHandlers {
  private final Accounts accounts;
  private final Passwords passwords;
  private final TwoFactor twoFactor;

  ProfileHandlers(Accounts accounts, Passwords passwords, TwoFactor twoFactor) {
    this.accounts = accounts;
    this.passwords = passwords;
    this.twoFactor = twoFactor;
  }

  Reply me(Call call) {
    Session session = call.session();
    UserAccount user = accounts.find(session.user()).orElseThrow(ApiError::notSignedIn);
    int left = user.twoFactorEnabled() ? twoFactor.remainingRecoveryCodes(user.id()) : 0;
    return Reply.json(Views.Me.of(user, left, session));
  }

  /** Body {@code {firstName, lastName}}. */
  Reply updateProfile(Call call) {
    Session session = call.session();
    String first = call.text("firstName");
    String last = call.text("lastName");
    ProfileUpdateResult result = accounts.updateProfile(session.user(), first, last);
    if (result instanceof ProfileUpdateResult.Updated updated) {
      return Reply.json(Json.object("firstName", updated.profile().firstName(),
          "lastName", updated.profile().lastName()));
    }
    if (result instanceof ProfileUpdateResult.Invalid invalid) {
      List<ProfileViolation> violations = invalid.violations();
      throw ApiError.badRequest("invalid_profile", violations.get(0).message())
          .with("violations", violations.stream().map(ProfileHandlers::violation).toList());
    }
    throw ApiError.notSignedIn();
  }

  private static Map<String, ?> violation(ProfileViolation violation) {
    String field = violation.field() == ProfileField.FIRST_NAME ? "firstName" : "lastName";
    return Json.object("field", field, "problem", Views.lower(violation.problem().name()),
        "message", violation.message());
  }

  /** Body {@code {current, new}}: the caller's session stays, every other one ends. */
  Reply changePassword(Call call) {
    Session session = call.session();
    String current = call.text("current");
    String next = call.text("new");
    PasswordChangeResult result = passwords.change(session.user(), current, next, session.id());
    if (result instanceof PasswordChangeResult.Changed changed) {
      return Reply.json(Json.object("changed", true,
          "sessionsRevoked", changed.sessionsRevoked()));
    }
    if (result instanceof PasswordChangeResult.WrongCurrentPassword) {
      throw ApiError.badRequest("wrong_current_password", "The current password is incorrect.");
    }
    if (result instanceof PasswordChangeResult.PolicyViolated violated) {
      throw weakPassword(violated.violations());
    }
    if (result instanceof PasswordChangeResult.Throttled throttled) {
      throw ApiError.tooManyAttempts("throttled",
          "Too many attempts. Please wait a moment and try again.", throttled.retryAfter());
    }
    throw ApiError.notSignedIn();
  }

  static ApiError weakPassword(List<PasswordViolation> violations) {
    String messages = String.join(" ",
        violations.stream().map(PasswordViolation::message).toList());
    return ApiError.badRequest("weak_password", messages)
        .with("violations", violations.stream().map(violation -> Json.object(
            "rule", Views.lower(violation.rule().name()), "message", violation.message()))
            .toList());
  }
}
