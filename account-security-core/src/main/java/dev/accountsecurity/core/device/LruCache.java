package dev.accountsecurity.core.device;

import java.util.Iterator;
import java.util.LinkedHashMap;
import org.jspecify.annotations.Nullable;

/**
 * A bounded map that drops the least recently used entry when full. Thread-safe: every access
 * holds one lock, held only for the map operation, which allocates nothing on a hit.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
final class LruCache<K, V> {

  private static final int MAX_INITIAL_CAPACITY = 1024;

  private final Object lock = new Object();
  private final int capacity;
  private final LinkedHashMap<K, V> entries;

  /**
   * Creates an empty cache.
   *
   * @param capacity the most entries kept; 0 keeps none
   */
  LruCache(int capacity) {
    this.capacity = capacity;
    int initial = Math.min(capacity, MAX_INITIAL_CAPACITY) * 4 / 3 + 1;
    this.entries = new LinkedHashMap<>(initial, 0.75f, true);
  }

  /**
   * Returns the value for a key and marks it as used.
   *
   * @param key the key
   * @return the value, or null when not cached
   */
  @Nullable V get(K key) {
    synchronized (lock) {
      return entries.get(key);
    }
  }

  /**
   * Stores a value, dropping the least recently used entry when the cache is over capacity.
   *
   * @param key the key
   * @param value the value
   */
  void put(K key, V value) {
    if (capacity == 0) {
      return;
    }
    synchronized (lock) {
      entries.put(key, value);
      if (entries.size() > capacity) {
        Iterator<K> eldest = entries.keySet().iterator();
        eldest.next();
        eldest.remove();
      }
    }
  }

  /**
   * Returns the number of entries.
   *
   * @return the size
   */
  int size() {
    synchronized (lock) {
      return entries.size();
    }
  }
}
