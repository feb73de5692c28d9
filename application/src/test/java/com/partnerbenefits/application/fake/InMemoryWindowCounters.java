package com.partnerbenefits.application.fake;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Fixed-window counters per key, as the store keeps them: a window that is over is replaced by a new one. */
final class InMemoryWindowCounters {

    private record Window(Instant start, int count) {
    }

    private final Map<String, Window> windows = new HashMap<>();

    synchronized Optional<Instant> fullWindowStart(String key, Instant now, Duration length, int max) {
        return current(key, now, length).filter(window -> window.count() >= max).map(Window::start);
    }

    /** Counts one unless the current window holds {@code max} already; answers that window's start when it does. */
    synchronized Optional<Instant> countBelow(String key, Instant now, Duration length, int max) {
        Optional<Window> current = current(key, now, length);
        if (current.isPresent() && current.get().count() >= max) {
            return Optional.of(current.get().start());
        }
        windows.put(key, current.map(window -> new Window(window.start(), window.count() + 1)).orElse(new Window(now, 1)));
        return Optional.empty();
    }

    private Optional<Window> current(String key, Instant now, Duration length) {
        return Optional.ofNullable(windows.get(key)).filter(window -> window.start().plus(length).isAfter(now));
    }
}
