package com.partnerbenefits.adapter.mongo;

import com.partnerbenefits.application.port.out.RateLimitStore;
import com.partnerbenefits.domain.partner.AccountId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Mutations per account, as window counters keyed {@code requests:<account>} (the key predates counting mutations). */
public class MongoRateLimitStore implements RateLimitStore {

    private final WindowCounters counters;

    MongoRateLimitStore(WindowCounters counters) {
        this.counters = counters;
    }

    @Override
    public Optional<Instant> acquire(AccountId account, Instant now, Duration window, int max, int count) {
        return counters.countBelow("requests:" + account.value(), now, window, max, count);
    }
}
