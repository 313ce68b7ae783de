package dev.accountsecurity.testkit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one task on many threads released at once, to make them race on a store.
 *
 * <p>Each race has its own thread pool, shut down when it ends; a race that takes longer than
 * {@link #TIMEOUT_SECONDS} fails instead of hanging the build.
 */
final class Race {
  static final long TIMEOUT_SECONDS = 60;

  /**
   * How many rounds each racer runs in the tests that race in rounds. One call per racer is over
   * before the next thread is even scheduled; several keep the threads overlapping.
   */
  static final int ROUNDS = 50;

  /** A task for one racer, told its index. */
  @FunctionalInterface
  interface Task<T> {
    T run(int racer) throws Exception;
  }

  private Race() {}

  /**
   * Runs the task on {@code racers} threads that all start together.
   *
   * @return each racer's answer, by racer index
   */
  static <T> List<T> run(int racers, Task<T> task) {
    ExecutorService pool = Executors.newFixedThreadPool(racers);
    try {
      return collect(submitAll(pool, racers, task));
    } finally {
      pool.shutdownNow();
    }
  }

  private static <T> List<Future<T>> submitAll(ExecutorService pool, int racers, Task<T> task) {
    CountDownLatch ready = new CountDownLatch(racers);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<T>> futures = new ArrayList<>();
    for (int i = 0; i < racers; i++) {
      int racer = i;
      futures.add(pool.submit(() -> {
        ready.countDown();
        start.await();
        return task.run(racer);
      }));
    }
    awaitQuietly(ready);
    start.countDown();
    return futures;
  }

  private static void awaitQuietly(CountDownLatch ready) {
    try {
      if (!ready.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        throw new AssertionError("racers did not start within " + TIMEOUT_SECONDS + " s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while racers started", e);
    }
  }

  private static <T> List<T> collect(List<Future<T>> futures) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
    List<T> answers = new ArrayList<>();
    for (Future<T> future : futures) {
      answers.add(await(future, deadline));
    }
    return answers;
  }

  private static <T> T await(Future<T> future, long deadline) {
    try {
      return future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (ExecutionException e) {
      throw new AssertionError("a racer failed: " + e.getCause(), e.getCause());
    } catch (TimeoutException e) {
      throw new AssertionError("racers did not finish within " + TIMEOUT_SECONDS + " s", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while racers ran", e);
    }
  }

  /**
   * Runs the task on {@code racers} threads that all start together, each for {@link #ROUNDS}
   * rounds in order.
   *
   * @return by racer index, each racer's answers by round
   */
  static <T> List<List<T>> runRounds(int racers, RoundTask<T> task) {
    return run(racers, racer -> {
      List<T> answers = new ArrayList<>();
      for (int round = 0; round < ROUNDS; round++) {
        answers.add(task.run(racer, round));
      }
      return answers;
    });
  }

  /** A task for one round of one racer. */
  @FunctionalInterface
  interface RoundTask<T> {
    T run(int racer, int round) throws Exception;
  }

  /** Counts the answers equal to true. */
  static long countTrue(List<Boolean> answers) {
    return answers.stream().filter(Boolean::booleanValue).count();
  }

  /** Counts, for each round, the racers that answered true. */
  static List<Long> countTruePerRound(List<List<Boolean>> answers) {
    List<Long> counts = new ArrayList<>();
    for (int round = 0; round < ROUNDS; round++) {
      int r = round;
      counts.add(answers.stream().filter(racer -> racer.get(r)).count());
    }
    return counts;
  }

  /** Returns, for each round, the index of the first racer that answered true, or -1. */
  static List<Integer> winnersPerRound(List<List<Boolean>> answers) {
    List<Integer> winners = new ArrayList<>();
    for (int round = 0; round < ROUNDS; round++) {
      int winner = -1;
      for (int racer = answers.size() - 1; racer >= 0; racer--) {
        winner = answers.get(racer).get(round) ? racer : winner;
      }
      winners.add(winner);
    }
    return winners;
  }

  /** Returns the answer every round should have: one winner each. */
  static List<Long> oneWinnerPerRound() {
    return Collections.nCopies(ROUNDS, 1L);
  }
}
