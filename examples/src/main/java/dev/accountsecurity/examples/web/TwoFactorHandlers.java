package dev.accountsecurity.examples.web;

import dev.accountsecurity.api.Accounts;
import dev.accountsecurity.api.DisableResult;
import dev.accountsecurity.api.Enrolment;
import dev.accountsecurity.api.EnrolmentResult;
import dev.accountsecurity.api.Reauthentication;
import dev.accountsecurity.api.RecoveryCodes;
import dev.accountsecurity.api.Session;
import dev.accountsecurity.api.TwoFactor;
import dev.accountsecurity.qrcode.QrCodes;
import java.util.Optional;

/**
 * {@code /api/2fa/...}: enrol (secret, Key URI, QR image), confirm with a first code (recovery
 * codes shown once), disable, and new recovery codes. Thread-safe.
 */
final class TwoFactorHandlers {
  static final String QR_PATH = "/api/2fa/qr.png";
  private static final int QR_PIXELS = 240;

  private final TwoFactor twoFactor;
  private final Accounts accounts;
  private final PendingEnrolments pending;

  TwoFactorHandlers(TwoFactor twoFactor, Accounts accounts, PendingEnrolments pending) {
    this.twoFactor = twoFactor;
    this.accounts = accounts;
    this.pending = pending;
  }

  /** Begins (or begins again) an enrolment; the secret is shown as text beside the QR code. */
  Reply enrol(Call call) {
    Session session = call.session();
    call.body(); // An empty body or an object; anything else is a 400.
    Enrolment enrolment = twoFactor.beginEnrolment(session.user())
        .orElseThrow(TwoFactorHandlers::alreadyEnabled);
    pending.put(session.id(), enrolment);
    return Reply.json(Json.object("secret", enrolment.secret().base32(),
        "otpauthUri", enrolment.otpauthUri(), "qrUrl", QR_PATH,
        "expiresAt", enrolment.expiresAt()));
  }

  /** The pending enrolment's QR code, for this session only. */
  Reply qr(Call call) {
    Session session = call.session();
    String uri = pending.uri(session.id()).orElseThrow(() -> ApiError.notFound(
        "no_pending_enrolment", "There is no set-up in progress, or it expired."));
    return Reply.bytes(QrCodes.png(uri, QR_PIXELS), "image/png");
  }

  /** Body {@code {code}}: the first code from the app turns two-factor on. */
  Reply confirm(Call call) {
    Session session = call.session();
    String code = call.text("code");
    EnrolmentResult result = twoFactor.confirmEnrolment(session.user(), code);
    if (result instanceof EnrolmentResult.Enabled enabled) {
      pending.remove(session.id());
      return Reply.json(Json.object("enabled", true,
          "recoveryCodes", enabled.recoveryCodes().codes()));
    }
    if (result instanceof EnrolmentResult.WrongCode) {
      throw ApiError.badRequest("wrong_code", "The code is incorrect.")
          .with("hint", "Enter the code your app shows now for this account.");
    }
    if (result instanceof EnrolmentResult.MalformedCode) {
      throw ApiError.badRequest("malformed_code", "Enter the 6-digit code from your app.");
    }
    if (result instanceof EnrolmentResult.NoPendingEnrolment) {
      throw noPendingEnrolment();
    }
    if (result instanceof EnrolmentResult.AlreadyEnabled) {
      throw alreadyEnabled();
    }
    throw ApiError.notSignedIn();
  }

  /** Body {@code {password}} or {@code {code}}. */
  Reply disable(Call call) {
    Session session = call.session();
    Reauthentication proof = proof(call);
    DisableResult result = twoFactor.disable(session.user(), proof, session.id());
    if (result instanceof DisableResult.Disabled disabled) {
      return Reply.json(Json.object("disabled", true,
          "sessionsRevoked", disabled.sessionsRevoked()));
    }
    if (result instanceof DisableResult.ReauthenticationFailed failed) {
      throw Refusals.reauthentication(failed.check());
    }
    if (result instanceof DisableResult.NotEnabled) {
      throw notEnabled();
    }
    throw ApiError.notSignedIn();
  }

  /** Body {@code {password}} or {@code {code}}: every old recovery code stops working. */
  Reply regenerateRecoveryCodes(Call call) {
    Session session = call.session();
    Reauthentication proof = proof(call);
    boolean enabled = accounts.find(session.user()).map(user -> user.twoFactorEnabled())
        .orElseThrow(ApiError::notSignedIn);
    if (!enabled) {
      throw notEnabled();
    }
    Optional<RecoveryCodes> codes = twoFactor.regenerateRecoveryCodes(session.user(), proof);
    return Reply.json(Json.object("recoveryCodes", codes
        .orElseThrow(() -> Refusals.reauthentication(null)).codes()));
  }

  /** Exactly one of password and code. */
  private static Reauthentication proof(Call call) {
    String password = call.optionalText("password");
    String code = call.optionalText("code");
    if (password != null && code != null) {
      throw ApiError.badRequest("ambiguous_proof", "Give your password or a code, not both.");
    }
    if (password == null && code == null) {
      throw ApiError.badRequest("missing_field", "Give your password or a code from your app.")
          .with("field", "password");
    }
    return password != null ? Reauthentication.password(password)
        : Reauthentication.code(code);
  }

  private static ApiError alreadyEnabled() {
    return ApiError.conflict("already_enabled", "Two-factor authentication is on already.");
  }

  private static ApiError notEnabled() {
    return ApiError.conflict("not_enabled", "Two-factor authentication is off.");
  }

  private static ApiError noPendingEnrolment() {
    return ApiError.conflict("no_pending_enrolment",
        "There is no set-up in progress, or it expired. Please start again.");
  }
}
