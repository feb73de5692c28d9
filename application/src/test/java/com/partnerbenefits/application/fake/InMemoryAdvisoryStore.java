package com.partnerbenefits.application.fake;

import com.partnerbenefits.application.port.out.AdvisoryStore;
import com.partnerbenefits.domain.advisory.Advisory;
import com.partnerbenefits.domain.membership.MembershipId;
import com.partnerbenefits.domain.partner.AccountId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Advisories in memory: one per requester and key, settled only from REQUESTED, each under the store's lock. */
public class InMemoryAdvisoryStore implements AdvisoryStore {

    private static final Comparator<Advisory> NEWEST_FIRST = Comparator.comparing(Advisory::requestedAt)
            .thenComparing(Advisory::id).reversed();

    private final Map<String, Advisory> advisories = new LinkedHashMap<>();

    @Override
    public synchronized boolean addIfKeyFree(Advisory advisory) {
        if (findByKey(advisory.requestedBy(), advisory.idempotencyKey()).isPresent() || advisories.containsKey(advisory.id())) {
            return false;
        }
        advisories.put(advisory.id(), advisory);
        return true;
    }

    @Override
    public synchronized Optional<Advisory> findAdvisory(String id) {
        return Optional.ofNullable(advisories.get(id));
    }

    @Override
    public synchronized Optional<Advisory> findByKey(AccountId requester, String idempotencyKey) {
        return advisories.values().stream()
                .filter(a -> a.requestedBy().equals(requester) && a.idempotencyKey().equals(idempotencyKey)).findFirst();
    }

    @Override
    public synchronized boolean settleIfRequested(Advisory settled) {
        Advisory current = advisories.get(settled.id());
        if (current == null || current.status() != Advisory.Status.REQUESTED) {
            return false;
        }
        advisories.put(settled.id(), settled);
        return true;
    }

    @Override
    public synchronized List<Advisory> advisoriesOf(MembershipId membership, Optional<Advisory.Cursor> after, int limit) {
        return advisories.values().stream().filter(a -> a.membership().equals(membership))
                .filter(a -> after.map(cursor -> cursor.precedes(a)).orElse(true))
                .sorted(NEWEST_FIRST).limit(limit).toList();
    }

    @Override
    public synchronized long countOf(MembershipId membership) {
        return advisories.values().stream().filter(a -> a.membership().equals(membership)).count();
    }
}
