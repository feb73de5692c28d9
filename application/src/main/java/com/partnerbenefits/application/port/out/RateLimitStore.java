package com.partnerbenefits.application.port.out;

import com.partnerbenefits.domain.partner.AccountId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Counts an account's mutations per fixed window, in the store, so the limit holds across instances. */
public interface RateLimitStore {

    /**
     * Counts {@code count} unless the window would then hold more than {@code max}; then counts nothing and
     * answers the start of that window.
     */
    Optional<Instant> acquire(AccountId account, Instant now, Duration window, int max, int count);

    /** Counts one. */
    default Optional<Instant> acquire(AccountId account, Instant now, Duration window, int max) {
        return acquire(account, now, window, max, 1);
    }
}
