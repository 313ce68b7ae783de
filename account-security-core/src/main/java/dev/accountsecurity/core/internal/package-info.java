/**
 * Implementation details shared across core's packages. Public for technical reasons only: not
 * an API, may change in any release.
 */
@NullMarked
package dev.accountsecurity.core.internal;

import org.jspecify.annotations.NullMarked;
