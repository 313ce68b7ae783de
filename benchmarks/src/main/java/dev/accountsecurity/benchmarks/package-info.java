/**
 * JMH benchmarks of account-security beside its peers: TOTP engines, password hashing, User-Agent
 * parsing, and whole flows through the facade on the in-memory stores. Run them through the
 * uber-jar ({@code benchmarks/target/benchmarks.jar}) or {@link
 * dev.accountsecurity.benchmarks.Suite}, never as tests.
 */
package dev.accountsecurity.benchmarks;
