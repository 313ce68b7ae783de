package dev.accountsecurity.examples;

import dev.accountsecurity.api.Device;
import dev.accountsecurity.api.DeviceType;
import dev.accountsecurity.api.Factor;
import dev.accountsecurity.api.Location;
import dev.accountsecurity.api.LoginOutcome;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Words a person reads for the library's values, shared by the demo and the profile page. */
public final class Labels {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT).withZone(ZoneOffset.UTC);

  private Labels() {}

  /**
   * Names the outcome of a login attempt.
   *
   * @param outcome the outcome
   * @return for example "Signed in" or "Wrong password"
   */
  public static String outcome(LoginOutcome outcome) {
    switch (outcome) {
      case SUCCESS:
        return "Signed in";
      case RECOVERY_CODE_USED:
        return "Signed in (recovery code)";
      case SECOND_FACTOR_REQUIRED:
        return "Password ok, code asked";
      case WRONG_PASSWORD:
        return "Wrong password";
      case WRONG_CODE:
        return "Wrong code";
      case CODE_REUSED:
        return "Code used twice, refused";
      case THROTTLED:
        return "Throttled";
      case PASSWORD_DISABLED:
        return "Password disabled";
      case UNKNOWN_LOGIN_NAME:
        return "Unknown login name";
      default:
        throw new AssertionError(outcome);
    }
  }

  /**
   * Names the factor of a login step.
   *
   * @param factor the factor
   * @return for example "Password"
   */
  public static String factor(Factor factor) {
    switch (factor) {
      case PASSWORD:
        return "Password";
      case TOTP:
        return "Authenticator code";
      case RECOVERY_CODE:
        return "Recovery code";
      default:
        throw new AssertionError(factor);
    }
  }

  /**
   * Names a kind of device.
   *
   * @param type the kind
   * @return for example "Tablet"
   */
  public static String deviceType(DeviceType type) {
    String name = type.name().toLowerCase(Locale.ROOT);
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  /**
   * Describes a device: browser and operating system with their versions.
   *
   * @param device the device
   * @return for example "Chrome 131.0.0 on Windows 10"
   */
  public static String device(Device device) {
    return device.label();
  }

  /**
   * Describes a location: city and region where known, and the country by name and code.
   *
   * @param location the location
   * @return for example "Germany (DE)" or "Private network"
   */
  public static String location(Location location) {
    if (location.countryCode().isEmpty()) {
      return location.label();
    }
    String country = new Locale("", location.countryCode()).getDisplayCountry(Locale.ENGLISH);
    String place = country.isEmpty() || country.equals(location.countryCode())
        ? location.countryCode() : country + " (" + location.countryCode() + ")";
    StringBuilder text = new StringBuilder();
    for (String part : new String[] {location.city(), location.region()}) {
      if (!part.isEmpty()) {
        text.append(part).append(", ");
      }
    }
    return text.append(place).toString();
  }

  /**
   * Writes an instant as a UTC date and time.
   *
   * @param time the instant
   * @return for example "2026-01-31 09:30:00"
   */
  public static String time(Instant time) {
    return TIME.format(time);
  }

  /**
   * Writes a duration in whole minutes and seconds, rounded up.
   *
   * @param duration the duration
   * @return for example "1 s" or "15 min"
   */
  public static String duration(Duration duration) {
    long seconds = (duration.toMillis() + 999) / 1000;
    if (seconds < 60) {
      return seconds + " s";
    }
    long minutes = seconds / 60;
    long rest = seconds % 60;
    return rest == 0 ? minutes + " min" : minutes + " min " + rest + " s";
  }

  /**
   * Writes a count with its noun, in the plural where it needs one.
   *
   * @param count the count
   * @param noun the noun in the singular, made plural by an "s"
   * @return for example "1 session" or "3 sessions"
   */
  public static String count(int count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }

  /**
   * Returns whole seconds, rounded up, as a Retry-After header wants them.
   *
   * @param duration the duration
   * @return the seconds, at least 1
   */
  public static long seconds(Duration duration) {
    return Math.max(1, (duration.toMillis() + 999) / 1000);
  }
}
