package com.partnerbenefits.application.port.out;

import com.partnerbenefits.domain.contract.SupportContractId;
import com.partnerbenefits.domain.incident.Incident;
import com.partnerbenefits.domain.incident.IncidentId;
import com.partnerbenefits.domain.partner.AccountId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public interface IncidentStore {

    /** Where a page of incidents, newest first, continues: after this one. */
    record Cursor(Instant raisedAt, IncidentId id) {
    }

    /** A page of incidents, newest first, and how many there are in all. */
    record Page(List<Incident> items, boolean hasNext, long totalCount) {
    }

    /**
     * Stores the incident unless its account has used its idempotency key already (one insert under
     * a unique index); answers whether it was stored. Any other failure is thrown.
     */
    boolean addIfKeyFree(Incident incident);

    Optional<Incident> findByKey(AccountId account, String idempotencyKey);

    Optional<Incident> findIncident(IncidentId id);

    /** Marks the incident WITHDRAWN if it is still OPEN and was raised by that account; answers it as changed. */
    Optional<Incident> withdrawIfOpen(IncidentId id, AccountId raisedBy);

    Page incidentsOf(SupportContractId contract, int first, Optional<Cursor> after);

    Page incidentsRaisedBy(AccountId account, int first, Optional<Cursor> after);

    /** The first page of each contract's incidents, in a constant number of round trips. */
    Map<SupportContractId, Page> latestIncidentsOf(Collection<SupportContractId> contracts, int first);
}
