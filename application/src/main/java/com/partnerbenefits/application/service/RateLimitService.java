package com.partnerbenefits.application.service;

import com.partnerbenefits.application.access.AccessPolicy;
import com.partnerbenefits.application.port.in.AdmitMutationUseCase;
import com.partnerbenefits.application.port.in.Viewer;
import com.partnerbenefits.application.port.out.RateLimitStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Each account may run {@code maxPerWindow} mutations per window, every mutation field of a request
 * counted (so one request cannot carry hundreds under aliases); a request is admitted whole or not at all. Operators (the back
 * office, which loads data in bulk) are not limited; a limit of 0 turns the limit off.
 */
public class RateLimitService implements AdmitMutationUseCase {

    private final AccessPolicy policy;
    private final RateLimitStore store;
    private final Clock clock;
    private final int maxPerWindow;
    private final Duration window;

    public RateLimitService(AccessPolicy policy, RateLimitStore store, Clock clock, int maxPerWindow, Duration window) {
        this.policy = policy;
        this.store = store;
        this.clock = clock;
        this.maxPerWindow = maxPerWindow;
        this.window = window;
    }

    @Override
    public Optional<RetryLater> admit(Viewer viewer, int mutations) {
        if (policy.isExemptFromMutationRateLimit(viewer) || maxPerWindow <= 0) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return store.acquire(viewer.account().id(), now, window, maxPerWindow, mutations)
                .map(start -> retryLater(now, start.plus(window)));
    }

    /** Whole seconds rounded up, so a client that waits them is let in (0: at once, the window just ended). */
    static RetryLater retryLater(Instant now, Instant retryAt) {
        return new RetryLater(retryAt, Math.max(0, (Duration.between(now, retryAt).toMillis() + 999) / 1000));
    }
}
