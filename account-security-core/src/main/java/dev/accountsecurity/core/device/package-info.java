/**
 * Telling the device behind a login from its User-Agent header: browser, operating system and
 * device type, with a bounded cache in front of the parser.
 */
@NullMarked
package dev.accountsecurity.core.device;

import org.jspecify.annotations.NullMarked;
