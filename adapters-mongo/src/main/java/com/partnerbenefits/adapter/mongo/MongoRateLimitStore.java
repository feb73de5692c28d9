package com.partnerbenefits.adapter.mongo;

import com.partnerbenefits.application.port.out.RateLimitStore;
import com.partnerbenefits.domain.partner.AccountId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Requests per account, as window counters keyed {@code requests:<account>}. */
public class MongoRateLimitStore implements RateLimitStore {

    private final WindowCounters counters;

    MongoRateLimitStore(WindowCounters counters) {
        this.counters = counters;
    }

    @Override
    public Optional<Instant> acquire(AccountId account, Instant now, Duration window, int max) {
        return counters.countBelow("requests:" + account.value(), now, window, max);
    }
}
