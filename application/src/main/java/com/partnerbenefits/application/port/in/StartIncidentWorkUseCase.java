package com.partnerbenefits.application.port.in;

import com.partnerbenefits.domain.incident.Incident;
import com.partnerbenefits.domain.incident.IncidentId;

/**
 * A support engineer starts work on an OPEN incident: it becomes IN_PROGRESS, which is its first
 * response, and can no longer be withdrawn. Refusals: NOT_AUTHORIZED (not a support engineer),
 * NOT_FOUND, INCIDENT_NOT_OPEN (any other status).
 */
public interface StartIncidentWorkUseCase {

    Result<Incident> startWork(Viewer viewer, IncidentId incident);
}
