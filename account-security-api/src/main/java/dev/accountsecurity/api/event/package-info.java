/**
 * Security events: what happened to an account, for a host to turn into mail, an audit trail
 * or alerts. A closed hierarchy, annotated so Jackson writes each with a {@code type} field.
 * Events never carry a secret.
 */
@NullMarked
package dev.accountsecurity.api.event;

import org.jspecify.annotations.NullMarked;
