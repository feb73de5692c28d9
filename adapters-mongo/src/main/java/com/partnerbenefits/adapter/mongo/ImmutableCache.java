package com.partnerbenefits.adapter.mongo;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Remembers what was found for things that never change nor go away once stored (a product, a
 * link), so hot paths skip the round trip; what was not found is asked again every time, since it
 * may exist a moment later on another instance. Least recently used entries leave first.
 */
final class ImmutableCache<K, V> {

    private final Map<K, V> entries;

    ImmutableCache(int capacity) {
        this.entries = Collections.synchronizedMap(new LinkedHashMap<>(capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        });
    }

    Optional<V> get(K key, Function<K, Optional<V>> load) {
        V known = entries.get(key);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<V> loaded = load.apply(key);
        loaded.ifPresent(value -> entries.put(key, value));
        return loaded;
    }
}
