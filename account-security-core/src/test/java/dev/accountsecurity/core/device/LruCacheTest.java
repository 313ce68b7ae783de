package dev.accountsecurity.core.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class LruCacheTest {

  @Test
  void put_overCapacity_dropsLeastRecentlyUsed() {
    LruCache<String, Integer> cache = new LruCache<>(2);
    cache.put("a", 1);
    cache.put("b", 2);
    cache.get("a");
    cache.put("c", 3);

    assertEquals(1, cache.get("a"));
    assertNull(cache.get("b"));
    assertEquals(3, cache.get("c"));
  }

  @Test
  void put_sameKeyAgain_replacesWithoutGrowing() {
    LruCache<String, Integer> cache = new LruCache<>(2);
    cache.put("a", 1);
    cache.put("a", 2);

    assertEquals(1, cache.size());
    assertEquals(2, cache.get("a"));
  }

  @Test
  void put_capacityZero_keepsNothing() {
    LruCache<String, Integer> cache = new LruCache<>(0);
    cache.put("a", 1);

    assertNull(cache.get("a"));
  }
}
