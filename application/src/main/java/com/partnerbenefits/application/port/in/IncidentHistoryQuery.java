package com.partnerbenefits.application.port.in;

import com.partnerbenefits.application.port.out.IncidentStore.Cursor;
import com.partnerbenefits.application.port.out.IncidentStore.Page;
import com.partnerbenefits.domain.contract.SupportContractId;
import com.partnerbenefits.domain.incident.UsageEntry;
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

    int MAX_PAGE = 100;

    /** A page request: {@code after} continues a previous page. */
    record PageRequest<C>(int first, Optional<C> after) {

        public static <C> PageRequest<C> of(Integer first, Optional<C> after, int byDefault) {
            int size = first == null ? byDefault : first;
            if (size < 1 || size > MAX_PAGE) {
                Validation validation = new Validation();
                validation.add(FieldViolation.of("first", ViolationRule.LENGTH, 1, MAX_PAGE));
                validation.throwIfInvalid();
            }
            return new PageRequest<>(size, after);
        }
    }

    /** A ledger entry with its position (1 = first), which is its cursor. */
    record NumberedUsage(long number, UsageEntry entry) {
    }

    record UsagePage(List<NumberedUsage> items, boolean hasNext, long totalCount) {
    }

    Result<Page> incidentsOf(Viewer viewer, SupportContractId contract, PageRequest<Cursor> page);

    /** The first page of several contracts' incidents in a constant number of round trips; NOT_FOUND where not visible. */
    Map<SupportContractId, Result<Page>> latestIncidentsOf(Viewer viewer, Set<SupportContractId> contracts, int first);

    Page incidentsRaisedBy(Viewer viewer, PageRequest<Cursor> page);

    Result<UsagePage> usageOf(Viewer viewer, SupportContractId contract, PageRequest<Long> page);
}
