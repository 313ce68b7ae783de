package dev.accountsecurity.api.event;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.accountsecurity.api.Device;
import dev.accountsecurity.api.Location;
import dev.accountsecurity.api.LoginEventId;
import dev.accountsecurity.api.SessionId;
import dev.accountsecurity.api.UserId;
import java.time.Duration;
import java.time.Instant;

/** Something that happened to an account's security. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = SecurityEvent.PasswordChanged.class, name = "PasswordChanged"),
  @JsonSubTypes.Type(value = SecurityEvent.PasswordResetRequested.class,
      name = "PasswordResetRequested"),
  @JsonSubTypes.Type(value = SecurityEvent.PasswordReset.class, name = "PasswordReset"),
  @JsonSubTypes.Type(value = SecurityEvent.TwoFactorEnabled.class, name = "TwoFactorEnabled"),
  @JsonSubTypes.Type(value = SecurityEvent.TwoFactorDisabled.class, name = "TwoFactorDisabled"),
  @JsonSubTypes.Type(value = SecurityEvent.TwoFactorReset.class, name = "TwoFactorReset"),
  @JsonSubTypes.Type(value = SecurityEvent.TotpSuspended.class, name = "TotpSuspended"),
  @JsonSubTypes.Type(value = SecurityEvent.RecoveryCodeUsed.class, name = "RecoveryCodeUsed"),
  @JsonSubTypes.Type(value = SecurityEvent.RecoveryCodesLow.class, name = "RecoveryCodesLow"),
  @JsonSubTypes.Type(value = SecurityEvent.RecoveryCodesRegenerated.class,
      name = "RecoveryCodesRegenerated"),
  @JsonSubTypes.Type(value = SecurityEvent.NewDeviceLogin.class, name = "NewDeviceLogin"),
  @JsonSubTypes.Type(value = SecurityEvent.SuspiciousLogin.class, name = "SuspiciousLogin"),
  @JsonSubTypes.Type(value = SecurityEvent.LoginThrottled.class, name = "LoginThrottled"),
  @JsonSubTypes.Type(value = SecurityEvent.SessionsRevoked.class, name = "SessionsRevoked"),
  @JsonSubTypes.Type(value = SecurityEvent.LoginReportedNotMe.class, name = "LoginReportedNotMe")
})
public sealed interface SecurityEvent {

  /**
   * Returns the user the event is about.
   *
   * @return the user
   */
  UserId user();

  /**
   * Returns when it happened.
   *
   * @return the time
   */
  Instant at();

  /**
   * The password was changed by its owner.
   *
   * @param user the user
   * @param at when
   * @param sessionsRevoked how many other sessions were ended
   */
  record PasswordChanged(UserId user, Instant at, int sessionsRevoked) implements SecurityEvent {}

  /**
   * A forgotten-password reset was asked for and a token issued.
   *
   * @param user the user
   * @param at when
   */
  record PasswordResetRequested(UserId user, Instant at) implements SecurityEvent {}

  /**
   * The password was set through a forgotten-password reset.
   *
   * @param user the user
   * @param at when
   * @param sessionsRevoked how many sessions were ended
   */
  record PasswordReset(UserId user, Instant at, int sessionsRevoked) implements SecurityEvent {}

  /**
   * Two-factor authentication was turned on.
   *
   * @param user the user
   * @param at when
   */
  record TwoFactorEnabled(UserId user, Instant at) implements SecurityEvent {}

  /**
   * The user turned two-factor authentication off.
   *
   * @param user the user
   * @param at when
   * @param sessionsRevoked how many other sessions were ended
   */
  record TwoFactorDisabled(UserId user, Instant at, int sessionsRevoked)
      implements SecurityEvent {}

  /**
   * A team admin reset a member's two-factor authentication.
   *
   * @param user the member
   * @param at when
   * @param admin the admin who did it
   * @param reason the reason the admin gave
   * @param sessionsRevoked how many of the member's sessions were ended
   */
  record TwoFactorReset(
      UserId user, Instant at, UserId admin, String reason, int sessionsRevoked)
      implements SecurityEvent {}

  /**
   * So many wrong TOTP codes in a row that TOTP is suspended until a recovery code or an
   * admin's reset.
   *
   * @param user the user
   * @param at when
   * @param failures the failures in a row
   */
  record TotpSuspended(UserId user, Instant at, int failures) implements SecurityEvent {}

  /**
   * A recovery code was used.
   *
   * @param user the user
   * @param at when
   * @param remaining how many are left
   */
  record RecoveryCodeUsed(UserId user, Instant at, int remaining) implements SecurityEvent {}

  /**
   * Few recovery codes are left: time to regenerate them.
   *
   * @param user the user
   * @param at when
   * @param remaining how many are left
   */
  record RecoveryCodesLow(UserId user, Instant at, int remaining) implements SecurityEvent {}

  /**
   * New recovery codes replaced every old one.
   *
   * @param user the user
   * @param at when
   */
  record RecoveryCodesRegenerated(UserId user, Instant at) implements SecurityEvent {}

  /**
   * A successful login from a device and country this user had not signed in from before.
   *
   * @param user the user
   * @param at when
   * @param device the device
   * @param location the location
   * @param ipAddress the client address as stored
   * @param session the session it created
   */
  record NewDeviceLogin(
      UserId user, Instant at, Device device, Location location, String ipAddress,
      SessionId session)
      implements SecurityEvent {}

  /**
   * A successful login far from the previous one, sooner than an airliner could have flown.
   *
   * @param user the user
   * @param at when
   * @param previous where the previous login was
   * @param current where this login is
   * @param kilometresPerHour the speed the two imply
   */
  record SuspiciousLogin(
      UserId user, Instant at, Location previous, Location current, double kilometresPerHour)
      implements SecurityEvent {}

  /**
   * Login attempts were refused without checking, after repeated failures.
   *
   * @param user the user
   * @param at when
   * @param failures the failures in a row
   * @param retryAfter how long the wait is
   * @param locked whether the account is locked (not only slowed down)
   */
  record LoginThrottled(
      UserId user, Instant at, int failures, Duration retryAfter, boolean locked)
      implements SecurityEvent {}

  /**
   * Sessions were ended.
   *
   * @param user the user
   * @param at when
   * @param count how many
   * @param reason why
   */
  record SessionsRevoked(UserId user, Instant at, int count, RevocationReason reason)
      implements SecurityEvent {}

  /**
   * The user reported a login as not theirs: every session and reset token is gone and the next
   * login must choose a new password.
   *
   * @param user the user
   * @param at when
   * @param event the login event reported
   */
  record LoginReportedNotMe(UserId user, Instant at, LoginEventId event)
      implements SecurityEvent {}
}
