package dev.accountsecurity.examples.web;

/** Answers one route's requests. Implementations are thread-safe. */
@FunctionalInterface
interface Handler {
  Reply handle(Call call);
}
