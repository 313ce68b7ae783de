package dev.accountsecurity.core.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class BoundedCacheTest {

  @Test
  void put_overCapacity_dropsOldest() {
    BoundedCache<String, Integer> cache = new BoundedCache<>(2);
    cache.put("a", 1);
    cache.put("b", 2);
    cache.get("a");
    cache.put("c", 3);

    assertNull(cache.get("a"));
    assertEquals(2, cache.get("b"));
    assertEquals(3, cache.get("c"));
  }

  @Test
  void put_sameKeyAgain_keepsFirstWithoutGrowing() {
    BoundedCache<String, Integer> cache = new BoundedCache<>(2);
    cache.put("a", 1);
    cache.put("a", 2);

    assertEquals(1, cache.size());
    assertEquals(1, cache.get("a"));
  }

  @Test
  void put_capacityZero_keepsNothing() {
    BoundedCache<String, Integer> cache = new BoundedCache<>(0);
    cache.put("a", 1);

    assertNull(cache.get("a"));
  }

  @Test
  void put_manyThreadsManyKeys_endsWithinCapacityAndEveryKeptValueRight() throws Exception {
    BoundedCache<String, Integer> cache = new BoundedCache<>(100);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int thread = t;
        done.add(pool.submit(() -> {
          start.await();
          for (int i = 0; i < 5_000; i++) {
            int n = thread * 5_000 + i;
            cache.put("k" + n, n);
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> future : done) {
        future.get(30, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }

    assertTrue(cache.size() <= 100, "size " + cache.size());
    for (int n = 0; n < 40_000; n++) {
      Integer kept = cache.get("k" + n);
      assertTrue(kept == null || kept == n, "k" + n + " holds " + kept);
    }
  }
}
