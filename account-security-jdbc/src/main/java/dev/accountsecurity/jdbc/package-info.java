/**
 * The store ports on plain JDBC, for PostgreSQL and H2: {@link JdbcStores} builds them over a
 * {@link javax.sql.DataSource}, {@link JdbcSchema} creates their tables.
 *
 * <p>Every statement binds its values as parameters; the validated table prefix is the only text
 * spliced into SQL. Each operation the ports call atomic is one statement, or one transaction
 * that locks what it checks, so several service instances on one database behave like one.
 * Failures surface as {@link dev.accountsecurity.spi.StoreException}, with a message that names
 * the operation and never a bound value. Instants are stored with microsecond precision: finer
 * parts are truncated.
 */
@NullMarked
package dev.accountsecurity.jdbc;

import org.jspecify.annotations.NullMarked;
