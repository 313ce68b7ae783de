package dev.accountsecurity.jdbc;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Runs a task on many threads released together; fails rather than hangs after a minute. */
final class Racers {
  private static final long TIMEOUT_SECONDS = 60;

  /** One racer's work, told its index. */
  @FunctionalInterface
  interface Task<T> {
    T run(int racer) throws Exception;
  }

  private Racers() {}

  static <T> List<T> run(int racers, Task<T> task) throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(racers);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < racers; i++) {
        int racer = i;
        futures.add(pool.submit(() -> {
          start.await();
          return task.run(racer);
        }));
      }
      start.countDown();
      return collect(futures);
    } finally {
      pool.shutdownNow();
    }
  }

  private static <T> List<T> collect(List<Future<T>> futures) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
    List<T> answers = new ArrayList<>();
    for (Future<T> future : futures) {
      try {
        answers.add(future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
      } catch (ExecutionException e) {
        throw new AssertionError("a racer failed", e.getCause());
      } catch (TimeoutException e) {
        throw new AssertionError("racers did not finish within " + TIMEOUT_SECONDS + " s", e);
      }
    }
    return answers;
  }

  static long countTrue(List<Boolean> answers) {
    return answers.stream().filter(Boolean::booleanValue).count();
  }
}
