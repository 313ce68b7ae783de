package dev.accountsecurity.api;

/** A field of the profile. */
public enum ProfileField {
  /** The first name. */
  FIRST_NAME,
  /** The last name. */
  LAST_NAME
}
