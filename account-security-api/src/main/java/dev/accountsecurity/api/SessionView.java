package dev.accountsecurity.api;

/**
 * A session in a listing, marked when it is the caller's own.
 *
 * @param session the session
 * @param current whether it is the session the listing was asked from
 */
public record SessionView(Session session, boolean current) {}
