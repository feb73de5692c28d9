package com.partnerbenefits.application.port.in;

import com.partnerbenefits.application.port.in.IncidentHistoryQuery.PageRequest;
import com.partnerbenefits.domain.incident.IncidentPage;
import com.partnerbenefits.domain.incident.SupportQueue;

/** The support engineers' queue (see {@link SupportQueue}); anyone else is refused NOT_AUTHORIZED. */
public interface SupportQueueQuery {

    /** What this query can refuse (besides INVALID_INPUT and NOT_FOUND, see {@link RefusalReason}). */
    enum Reason implements RefusalReason {
        NOT_AUTHORIZED
    }

    Result<IncidentPage, Reason> supportQueue(Viewer viewer, SupportQueue.Filter filter, PageRequest<SupportQueue.Cursor> page);
}
