package com.partnerbenefits.application.port.out;

import com.partnerbenefits.domain.partner.AccountId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Counts an account's requests per fixed window, in the store, so the limit holds across instances. */
public interface RateLimitStore {

    /** Counts one request unless the window holds {@code max} already; then answers the start of that window. */
    Optional<Instant> acquire(AccountId account, Instant now, Duration window, int max);
}
