package dev.accountsecurity.api;

/** The kind of device a login came from, as told by its User-Agent header. */
public enum DeviceType {
  /** A desktop or laptop computer. */
  DESKTOP,
  /** A phone. */
  MOBILE,
  /** A tablet. */
  TABLET,
  /** A crawler, monitor or other automated client. */
  BOT,
  /** Nothing could be told from the header. */
  UNKNOWN
}
