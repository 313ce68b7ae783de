package dev.accountsecurity.examples;

import dev.accountsecurity.api.UserId;
import dev.accountsecurity.api.event.RevocationReason;
import dev.accountsecurity.api.event.SecurityEvent;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** One line of text per security event, as an audit trail or a notification mail says it. */
final class EventText {
  private EventText() {}

  static String describe(SecurityEvent event, Map<UserId, String> names) {
    String text = passwordOrTwoFactor(event, names);
    return text != null ? text : loginOrSession(event);
  }

  private static @Nullable String passwordOrTwoFactor(SecurityEvent event,
      Map<UserId, String> names) {
    if (event instanceof SecurityEvent.PasswordChanged e) {
      return e.sessionsRevoked() == 0 ? "Password changed; no other session was open"
          : "Password changed; " + Labels.count(e.sessionsRevoked(), "other session") + " ended";
    }
    if (event instanceof SecurityEvent.PasswordResetRequested) {
      return "Password reset requested";
    }
    if (event instanceof SecurityEvent.PasswordReset e) {
      return "Password reset; " + Labels.count(e.sessionsRevoked(), "session") + " ended";
    }
    if (event instanceof SecurityEvent.TwoFactorEnabled) {
      return "Two-factor enabled";
    }
    if (event instanceof SecurityEvent.TwoFactorDisabled e) {
      return "Two-factor disabled; " + Labels.count(e.sessionsRevoked(), "session") + " ended";
    }
    if (event instanceof SecurityEvent.TwoFactorReset e) {
      return "Two-factor reset by " + names.getOrDefault(e.admin(), e.admin().value())
          + ": \"" + e.reason() + "\"";
    }
    if (event instanceof SecurityEvent.TotpSuspended e) {
      return "Authenticator codes suspended after " + e.failures() + " wrong codes";
    }
    if (event instanceof SecurityEvent.RecoveryCodeUsed e) {
      return "Recovery code used; " + e.remaining() + " left";
    }
    if (event instanceof SecurityEvent.RecoveryCodesLow e) {
      return "Only " + e.remaining() + " recovery codes left";
    }
    if (event instanceof SecurityEvent.RecoveryCodesRegenerated) {
      return "New recovery codes made";
    }
    return null;
  }

  private static String loginOrSession(SecurityEvent event) {
    if (event instanceof SecurityEvent.NewDeviceLogin e) {
      return "Sign-in from a new device: " + Labels.device(e.device()) + ", "
          + Labels.location(e.location());
    }
    if (event instanceof SecurityEvent.SuspiciousLogin e) {
      return "Suspicious sign-in: " + Labels.location(e.previous()) + " to "
          + Labels.location(e.current()) + " at " + Math.round(e.kilometresPerHour()) + " km/h";
    }
    if (event instanceof SecurityEvent.LoginThrottled e) {
      return "Sign-in " + (e.locked() ? "locked" : "throttled") + " after " + e.failures()
          + " wrong passwords; retry after " + Labels.duration(e.retryAfter());
    }
    if (event instanceof SecurityEvent.SessionsRevoked e) {
      return Labels.count(e.count(), "session") + " ended (" + reason(e.reason()) + ")";
    }
    if (event instanceof SecurityEvent.LoginReportedNotMe e) {
      return "Login event " + e.event() + " reported as not the user";
    }
    return event.getClass().getSimpleName();
  }

  private static String reason(RevocationReason reason) {
    switch (reason) {
      case USER_REQUEST:
        return "signed out by the user";
      case TWO_FACTOR_DISABLED:
        return "two-factor disabled";
      case TWO_FACTOR_RESET:
        return "two-factor reset";
      case NOT_ME:
        return "\"this wasn't me\"";
      default:
        return reason.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
  }
}
