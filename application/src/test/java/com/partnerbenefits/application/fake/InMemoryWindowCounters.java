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
        return countBelow(key, now, length, max, 1);
    }

    /** Counts {@code count} unless the window would then hold more than {@code max}, as the store does. */
    synchronized Optional<Instant> countBelow(String key, Instant now, Duration length, int max, int count) {
        if (count > max) {
            return Optional.of(now);
        }
        Optional<Window> current = current(key, now, length);
        if (current.isPresent() && current.get().count() + count > max) {
            return Optional.of(current.get().start());
        }
        windows.put(key, current.map(window -> new Window(window.start(), window.count() + count)).orElse(new Window(now, count)));
        return Optional.empty();
    }

    private Optional<Window> current(String key, Instant now, Duration length) {
        return Optional.ofNullable(windows.get(key)).filter(window -> window.start().plus(length).isAfter(now));
    }
}
