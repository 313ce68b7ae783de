/**
 * The profile server's HTTP layer on the JDK's own server: routing, cross-site checks, the
 * session cookie, JSON in and out, and one small handler class per concern. Package-private
 * apart from {@link dev.accountsecurity.examples.web.ProfileApi}, which {@link
 * dev.accountsecurity.examples.ProfileServer} mounts.
 */
@org.jspecify.annotations.NullMarked
package dev.accountsecurity.examples.web;
