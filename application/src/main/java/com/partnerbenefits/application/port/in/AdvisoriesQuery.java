package com.partnerbenefits.application.port.in;

import com.partnerbenefits.application.port.in.IncidentHistoryQuery.PageRequest;
import com.partnerbenefits.domain.advisory.Advisory;
import com.partnerbenefits.domain.advisory.AdvisoryLine;
import com.partnerbenefits.domain.membership.MembershipId;
import java.util.List;

/** A membership's advisories, newest first, each with its lines of the advisory-hours ledger (who sees its benefits). */
public interface AdvisoriesQuery {

    /** What this query can refuse (besides INVALID_INPUT and NOT_FOUND, see {@link RefusalReason}). */
    enum Reason implements RefusalReason {
        NOT_AUTHORIZED
    }

    /** An advisory and its ledger lines, oldest first: they add up to what it still holds of the hours. */
    record AdvisoryEntry(Advisory advisory, List<AdvisoryLine> ledger) {
    }

    record AdvisoryPage(List<AdvisoryEntry> items, boolean hasNext, long totalCount) {
    }

    Result<AdvisoryPage, Reason> advisoriesOf(Viewer viewer, MembershipId membership, PageRequest<Advisory.Cursor> page);
}
