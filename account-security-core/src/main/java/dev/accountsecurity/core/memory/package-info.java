/**
 * In-memory implementations of the store ports: the embedded default for tests, examples and
 * single-instance services.
 *
 * <p>Every store here is thread-safe, and each operation a port documents as atomic is atomic
 * within the JVM. The state lives in the heap only: it is lost when the process ends and is not
 * shared between service instances, so a service running on several nodes needs stores over a
 * shared database, such as those of the jdbc module.
 */
@NullMarked
package dev.accountsecurity.core.memory;

import org.jspecify.annotations.NullMarked;
