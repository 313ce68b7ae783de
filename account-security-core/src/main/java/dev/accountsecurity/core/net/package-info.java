/**
 * IP addresses from untrusted text: strict literal parsing (never a name lookup), classification
 * into network kinds, privacy truncation, the client address behind trusted proxies, and a
 * {@link dev.accountsecurity.spi.GeoLookup} that needs no data.
 */
@NullMarked
package dev.accountsecurity.core.net;

import org.jspecify.annotations.NullMarked;
