/**
 * Runnable programs that wire the library as a host service would: {@link
 * dev.accountsecurity.examples.Demo}, an end-to-end story told on the console, and {@link
 * dev.accountsecurity.examples.ProfileServer}, a small HTTP service with a User Profile page.
 */
@org.jspecify.annotations.NullMarked
package dev.accountsecurity.examples;
