package com.partnerbenefits.application.port.in;

import com.partnerbenefits.domain.incident.IncidentCursor;
import com.partnerbenefits.domain.incident.IncidentPage;
import com.partnerbenefits.domain.contract.SupportContractId;
import com.partnerbenefits.domain.incident.Incident;
import com.partnerbenefits.domain.incident.IncidentId;
import com.partnerbenefits.domain.incident.UsageEntry;
import com.partnerbenefits.domain.partner.Account;
import com.partnerbenefits.domain.shared.FieldViolation;
import com.partnerbenefits.domain.shared.Validation;
import com.partnerbenefits.domain.shared.ViolationRule;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Incident history, newest first: a contract's (for whoever may see the contract), the viewer's own,
 * and a contract's usage ledger (for the partner's MPN-associated accounts). Pages hold 1 to 100.
 */
public interface IncidentHistoryQuery {

    /** What this query can refuse (besides INVALID_INPUT and NOT_FOUND, see {@link RefusalReason}). */
    enum Reason implements RefusalReason {
        NOT_AUTHORIZED
    }

    int MAX_PAGE = 100;

    /** A page request: {@code after} continues a previous page. */
    record PageRequest<C>(int first, Optional<C> after) {

        public static <C> PageRequest<C> of(Integer first, Optional<C> after, int byDefault) {
            int size = first == null ? byDefault : first;
            if (size < 1 || size > MAX_PAGE) {
                Validation validation = new Validation();
                validation.add(FieldViolation.of("first", ViolationRule.RANGE, 1, MAX_PAGE));
                validation.throwIfInvalid();
            }
            return new PageRequest<>(size, after);
        }
    }

    /** A ledger entry with its position (1 = first), which is its cursor, and the account it names. */
    record NumberedUsage(long number, UsageEntry entry, Optional<Account> account) {
    }

    record UsagePage(List<NumberedUsage> items, boolean hasNext, long totalCount) {
    }

    Result<IncidentPage, Reason> incidentsOf(Viewer viewer, SupportContractId contract, PageRequest<IncidentCursor> page);

    /** The first page of several contracts' incidents in a constant number of round trips; NOT_FOUND where not visible. */
    Map<SupportContractId, Result<IncidentPage, Reason>> latestIncidentsOf(Viewer viewer, Set<SupportContractId> contracts, int first);

    IncidentPage incidentsRaisedBy(Viewer viewer, PageRequest<IncidentCursor> page);

    /** An incident its raiser, or whoever may see its contract, may see. */
    Optional<Incident> findIncident(Viewer viewer, IncidentId id);

    Result<UsagePage, Reason> usageOf(Viewer viewer, SupportContractId contract, PageRequest<Long> page);
}
