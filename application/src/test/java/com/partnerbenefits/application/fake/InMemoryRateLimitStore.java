package com.partnerbenefits.application.fake;

import com.partnerbenefits.application.port.out.RateLimitStore;
import com.partnerbenefits.domain.partner.AccountId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Requests per account and window, in memory. */
public class InMemoryRateLimitStore implements RateLimitStore {

    private final InMemoryWindowCounters counters = new InMemoryWindowCounters();

    @Override
    public Optional<Instant> acquire(AccountId account, Instant now, Duration window, int max, int count) {
        return counters.countBelow(account.value(), now, window, max, count);
    }
}
