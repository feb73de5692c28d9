package com.partnerbenefits.adapter.mongo;

import com.partnerbenefits.application.port.out.LinkAttemptStore;
import com.partnerbenefits.domain.contract.AttemptWindow;
import com.partnerbenefits.domain.partner.AccountId;
import java.time.Instant;
import java.util.Optional;

/** Failed link attempts per account, as window counters keyed {@code link:<account>}. */
public class MongoLinkAttemptStore implements LinkAttemptStore {

    private final WindowCounters counters;

    MongoLinkAttemptStore(WindowCounters counters) {
        this.counters = counters;
    }

    @Override
    public Optional<Instant> fullWindowStart(AccountId account, Instant now, AttemptWindow window) {
        return counters.fullWindowStart(key(account), now, window.length(), window.maxFailures());
    }

    @Override
    public void recordFailure(AccountId account, Instant now, AttemptWindow window) {
        counters.count(key(account), now, window.length());
    }

    private static String key(AccountId account) {
        return "link:" + account.value();
    }
}
