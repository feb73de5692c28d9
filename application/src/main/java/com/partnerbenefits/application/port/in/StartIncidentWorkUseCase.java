package com.partnerbenefits.application.port.in;

import com.partnerbenefits.domain.incident.Incident;
import com.partnerbenefits.domain.incident.IncidentId;

/**
 * A support engineer starts work on an OPEN incident: it becomes IN_PROGRESS, which is its first
 * response, and can no longer be withdrawn. Refusals: NOT_AUTHORIZED (not a support engineer),
 * NOT_FOUND, INCIDENT_NOT_OPEN (any other status).
 */
public interface StartIncidentWorkUseCase {

    /** What starting work can refuse (besides INVALID_INPUT and NOT_FOUND, see {@link RefusalReason}). */
    enum Reason implements RefusalReason {
        NOT_AUTHORIZED,
        INCIDENT_NOT_OPEN
    }

    Result<Incident, Reason> startWork(Viewer viewer, IncidentId incident);
}
