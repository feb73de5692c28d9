package com.partnerbenefits.application.port.in;

import com.partnerbenefits.application.port.in.IncidentHistoryQuery.PageRequest;
import com.partnerbenefits.domain.contract.ContractEvent;
import com.partnerbenefits.domain.contract.SupportContractId;
import com.partnerbenefits.domain.partner.Account;
import com.partnerbenefits.domain.shared.Page;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who activated a contract and what happened to it since, for the partner's Global Admins and MPN
 * Partner Admins and for operators; NOT_AUTHORIZED for anyone else.
 */
public interface ContractHistoryQuery {

    /** What this query can refuse (besides INVALID_INPUT and NOT_FOUND, see {@link RefusalReason}). */
    enum Reason implements RefusalReason {
        NOT_AUTHORIZED
    }

    /** Where a page of history ended. */
    record EventCursor(Instant at, String key) {
    }

    /** A history line with the accounts it names (empty when unknown or gone). */
    record HistoryLine(ContractEvent event, Optional<Account> actor, Optional<Account> account) {
    }

    /** Who activated each contract, in a constant number of round trips; empty when unknown. */
    Map<SupportContractId, Result<Optional<Account>, Reason>> activatedBy(Viewer viewer, Set<SupportContractId> contracts);

    /** Newest first. */
    Result<Page<HistoryLine>, Reason> history(Viewer viewer, SupportContractId contract,
            PageRequest<EventCursor> page);
}
