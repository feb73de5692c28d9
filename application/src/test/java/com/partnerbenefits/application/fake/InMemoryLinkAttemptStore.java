package com.partnerbenefits.application.fake;

import com.partnerbenefits.application.port.out.LinkAttemptStore;
import com.partnerbenefits.domain.contract.AttemptWindow;
import com.partnerbenefits.domain.partner.AccountId;
import java.time.Instant;
import java.util.Optional;

/** Failed attempts per account and window, in memory. */
public class InMemoryLinkAttemptStore implements LinkAttemptStore {

    private final InMemoryWindowCounters counters = new InMemoryWindowCounters();

    @Override
    public Optional<Instant> fullWindowStart(AccountId account, Instant now, AttemptWindow window) {
        return counters.fullWindowStart(account.value(), now, window.length(), window.maxFailures());
    }

    @Override
    public void recordFailure(AccountId account, Instant now, AttemptWindow window) {
        counters.countBelow(account.value(), now, window.length(), Integer.MAX_VALUE);
    }
}
