package dev.fakegmail.server.internal.store;

import java.util.Arrays;
import java.util.function.Predicate;

/**
 * An open-addressing hash table from a trigram's 48-bit key to its posting list, without boxing: the index looks up
 * about seventy keys per message, and a {@code HashMap<Long, …>} paid an object per key for each. Keys are never
 * negative; {@code -1} marks a free slot. Not thread-safe.
 */
final class TrigramTable<V> {
    private static final long FREE = -1;
    private static final int FIRST_CAPACITY = 1024;

    private long[] keys = free(FIRST_CAPACITY);
    private Object[] values = new Object[FIRST_CAPACITY];
    private int size;

    /** The value of the key; {@code null} when there is none. */
    @SuppressWarnings("unchecked")
    V get(long key) {
        int slot = slot(keys, key);
        return keys[slot] == key ? (V) values[slot] : null;
    }

    /** Puts a value for a key that has none. */
    void putNew(long key, V value) {
        if (2 * (size + 1) > keys.length) {
            rehash(keys.length * 2);
        }
        int slot = slot(keys, key);
        keys[slot] = key;
        values[slot] = value;
        size++;
    }

    /** Removes every entry whose value the predicate accepts. */
    @SuppressWarnings("unchecked")
    void removeIf(Predicate<V> remove) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != FREE && remove.test((V) values[i])) {
                keys[i] = FREE;
                values[i] = null;
                size--;
            }
        }
        int capacity = FIRST_CAPACITY;
        while (2 * size > capacity) {
            capacity *= 2;
        }
        rehash(capacity); // also mends the probe chains the removals broke
    }

    void clear() {
        keys = free(FIRST_CAPACITY);
        values = new Object[FIRST_CAPACITY];
        size = 0;
    }

    private void rehash(int capacity) {
        long[] oldKeys = keys;
        Object[] oldValues = values;
        keys = free(capacity);
        values = new Object[capacity];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != FREE) {
                int slot = slot(keys, oldKeys[i]);
                keys[slot] = oldKeys[i];
                values[slot] = oldValues[i];
            }
        }
    }

    /** The key's slot, or the free slot where it would go (linear probing; the table is never full). */
    private static int slot(long[] keys, long key) {
        int mask = keys.length - 1;
        int slot = (int) (mix(key) & mask);
        while (keys[slot] != key && keys[slot] != FREE) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private static long mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 29);
    }

    private static long[] free(int capacity) {
        long[] keys = new long[capacity];
        Arrays.fill(keys, FREE);
        return keys;
    }
}
