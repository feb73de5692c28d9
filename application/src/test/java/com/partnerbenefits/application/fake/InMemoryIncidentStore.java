package com.partnerbenefits.application.fake;

import com.partnerbenefits.application.port.out.IncidentStore;
import com.partnerbenefits.domain.contract.SupportContractId;
import com.partnerbenefits.domain.incident.Incident;
import com.partnerbenefits.domain.incident.IncidentCursor;
import com.partnerbenefits.domain.incident.IncidentPage;
import com.partnerbenefits.domain.incident.IncidentId;
import com.partnerbenefits.domain.incident.IncidentStatus;
import com.partnerbenefits.domain.incident.SupportQueue;
import com.partnerbenefits.domain.partner.AccountId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/** Incidents in memory, unique per (account, idempotency key), like the store's index. */
public class InMemoryIncidentStore implements IncidentStore {

    private static final Comparator<Incident> NEWEST_FIRST = Comparator.comparing(Incident::raisedAt)
            .thenComparing(incident -> incident.id().value()).reversed();

    private final List<Incident> incidents = new ArrayList<>();

    @Override
    public synchronized boolean addIfKeyFree(Incident incident) {
        if (findByKey(incident.raisedBy(), incident.idempotencyKey()).isPresent()) {
            return false;
        }
        incidents.add(incident);
        return true;
    }

    @Override
    public synchronized Optional<Incident> findByKey(AccountId account, String idempotencyKey) {
        return incidents.stream().filter(i -> i.raisedBy().equals(account) && i.idempotencyKey().equals(idempotencyKey))
                .findFirst();
    }

    @Override
    public synchronized Optional<Incident> findIncident(IncidentId id) {
        return incidents.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    @Override
    public synchronized List<Incident> findIncidents(Collection<IncidentId> ids) {
        return incidents.stream().filter(i -> ids.contains(i.id())).toList();
    }

    @Override
    public synchronized Set<IncidentId> existing(Collection<IncidentId> ids) {
        return incidents.stream().map(Incident::id).filter(ids::contains).collect(java.util.stream.Collectors.toSet());
    }

    @Override
    public synchronized Optional<Incident> withdrawIfOpen(IncidentId id, AccountId raisedBy) {
        for (int i = 0; i < incidents.size(); i++) {
            Incident incident = incidents.get(i);
            if (incident.id().equals(id) && incident.raisedBy().equals(raisedBy) && incident.status() == IncidentStatus.OPEN) {
                Incident withdrawn = incident.withdraw().orElseThrow();
                incidents.set(i, withdrawn);
                return Optional.of(withdrawn);
            }
        }
        return Optional.empty();
    }

    @Override
    public synchronized Optional<Incident> changeIfStatus(Incident changed, IncidentStatus expected) {
        for (int i = 0; i < incidents.size(); i++) {
            if (incidents.get(i).id().equals(changed.id()) && incidents.get(i).status() == expected) {
                incidents.set(i, changed);
                return Optional.of(changed);
            }
        }
        return Optional.empty();
    }

    @Override
    public synchronized IncidentPage supportQueue(SupportQueue.Filter filter, int first, Optional<SupportQueue.Cursor> after) {
        List<Incident> all = incidents.stream().filter(filter::shows).sorted(SupportQueue.ORDER).toList();
        List<Incident> rest = after.map(cursor -> all.stream().filter(cursor::precedes).toList()).orElse(all);
        return new IncidentPage(rest.stream().limit(first).toList(), rest.size() > first, all.size());
    }

    @Override
    public synchronized IncidentPage incidentsOf(SupportContractId contract, int first, Optional<IncidentCursor> after) {
        return page(i -> i.request().contractId().filter(contract::equals).isPresent(), first, after);
    }

    @Override
    public synchronized IncidentPage incidentsOf(SupportContractId contract, AccountId raisedBy, int first, Optional<IncidentCursor> after) {
        return page(i -> i.raisedBy().equals(raisedBy) && i.request().contractId().filter(contract::equals).isPresent(), first, after);
    }

    @Override
    public synchronized IncidentPage incidentsRaisedBy(AccountId account, int first, Optional<IncidentCursor> after) {
        return page(i -> i.raisedBy().equals(account), first, after);
    }

    @Override
    public synchronized Map<SupportContractId, IncidentPage> latestIncidentsOf(Collection<SupportContractId> contracts, int first) {
        Map<SupportContractId, IncidentPage> pages = new HashMap<>();
        contracts.forEach(contract -> pages.put(contract, incidentsOf(contract, first, Optional.empty())));
        return pages;
    }

    private IncidentPage page(Predicate<Incident> filter, int first, Optional<IncidentCursor> after) {
        List<Incident> all = incidents.stream().filter(filter).sorted(NEWEST_FIRST).toList();
        List<Incident> rest = after.map(cursor -> all.stream().filter(i -> comesAfter(i, cursor)).toList()).orElse(all);
        return new IncidentPage(rest.stream().limit(first).toList(), rest.size() > first, all.size());
    }

    /** Newest first: older, or as old with a smaller ID. */
    private static boolean comesAfter(Incident incident, IncidentCursor cursor) {
        int byTime = incident.raisedAt().compareTo(cursor.raisedAt());
        return byTime < 0 || (byTime == 0 && incident.id().value().compareTo(cursor.id().value()) < 0);
    }
}
