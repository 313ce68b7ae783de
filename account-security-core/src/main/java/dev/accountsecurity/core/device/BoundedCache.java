package dev.accountsecurity.core.device;

import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.jspecify.annotations.Nullable;

/**
 * A bounded map that drops its oldest entries when full. Thread-safe, and a hit is one lock-free
 * {@link ConcurrentHashMap#get}: device lookups run on every login, and a lock with LRU
 * reordering cost three times a plain map lookup. First-in-first-out is enough here: a header
 * that keeps coming back is simply parsed and cached again after it was dropped.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
final class BoundedCache<K, V> {

  private final int capacity;
  private final ConcurrentHashMap<K, V> entries = new ConcurrentHashMap<>();
  private final Queue<K> arrivals = new ConcurrentLinkedQueue<>();

  /**
   * Creates an empty cache.
   *
   * @param capacity the most entries kept; 0 keeps none
   */
  BoundedCache(int capacity) {
    this.capacity = capacity;
  }

  /**
   * Returns the value for a key.
   *
   * @param key the key
   * @return the value, or null when not cached
   */
  @Nullable V get(K key) {
    return entries.get(key);
  }

  /**
   * Stores a value unless the key is cached already, then drops the oldest entries while the
   * cache is over capacity. Under concurrent puts the size may pass the capacity for a moment,
   * never by more than the number of threads putting.
   *
   * @param key the key
   * @param value the value
   */
  void put(K key, V value) {
    if (capacity == 0 || entries.putIfAbsent(key, value) != null) {
      return;
    }
    arrivals.add(key);
    while (entries.size() > capacity) {
      K oldest = arrivals.poll();
      if (oldest == null) {
        return;
      }
      entries.remove(oldest);
    }
  }

  /**
   * Returns the number of entries.
   *
   * @return the size
   */
  int size() {
    return entries.size();
  }
}
