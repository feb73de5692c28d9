package com.partnerbenefits.application.port.in;

import com.partnerbenefits.application.port.in.IncidentHistoryQuery.PageRequest;
import com.partnerbenefits.domain.incident.IncidentPage;
import com.partnerbenefits.domain.incident.SupportQueue;

/** The support engineers' queue (see {@link SupportQueue}); anyone else is refused NOT_AUTHORIZED. */
public interface SupportQueueQuery {

    Result<IncidentPage> supportQueue(Viewer viewer, SupportQueue.Filter filter, PageRequest<SupportQueue.Cursor> page);
}
