package com.partnerbenefits.application.port.out;

import com.partnerbenefits.domain.contract.SupportContractId;
import com.partnerbenefits.domain.incident.Incident;
import com.partnerbenefits.domain.incident.IncidentCursor;
import com.partnerbenefits.domain.incident.IncidentId;
import com.partnerbenefits.domain.incident.IncidentPage;
import com.partnerbenefits.domain.incident.IncidentStatus;
import com.partnerbenefits.domain.incident.SupportQueue;
import com.partnerbenefits.domain.partner.AccountId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

public interface IncidentStore {

    /**
     * Stores the incident unless its account has used its idempotency key already (one insert under
     * a unique index); answers whether it was stored. Any other failure is thrown.
     */
    boolean addIfKeyFree(Incident incident);

    Optional<Incident> findByKey(AccountId account, String idempotencyKey);

    Optional<Incident> findIncident(IncidentId id);

    /** Those of these incidents that are stored, as stored, in one round trip. */
    List<Incident> findIncidents(Collection<IncidentId> ids);

    /** Those of these incidents that are stored, in one round trip. */
    Set<IncidentId> existing(Collection<IncidentId> ids);

    /** Marks the incident WITHDRAWN if it is still OPEN and was raised by that account; answers it as changed. */
    Optional<Incident> withdrawIfOpen(IncidentId id, AccountId raisedBy);

    /**
     * Stores the incident's new lifecycle state (status, first response, resolution) only if its
     * stored status is still {@code expected}: one conditional update, so of two concurrent changes
     * exactly one wins. Answers the incident as stored, or empty when the status had moved on.
     */
    Optional<Incident> changeIfStatus(Incident changed, IncidentStatus expected);

    /**
     * A page of the support queue: the filter's incidents of every partner in {@link SupportQueue#ORDER},
     * continuing after the cursor, and how many the filter shows in all.
     */
    IncidentPage supportQueue(SupportQueue.Filter filter, int first, Optional<SupportQueue.Cursor> after);

    IncidentPage incidentsOf(SupportContractId contract, int first, Optional<IncidentCursor> after);

    IncidentPage incidentsRaisedBy(AccountId account, int first, Optional<IncidentCursor> after);

    /** The contract's incidents that this account raised: what an account outside the partner sees of them. */
    IncidentPage incidentsOf(SupportContractId contract, AccountId raisedBy, int first, Optional<IncidentCursor> after);

    /** The first page of each contract's incidents, in a constant number of round trips. */
    Map<SupportContractId, IncidentPage> latestIncidentsOf(Collection<SupportContractId> contracts, int first);
}
