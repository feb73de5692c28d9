package com.partnerbenefits.application.port.in;

import com.partnerbenefits.domain.incident.Incident;

/** Whether an incident's first response came, or is still awaited, after it was due, decided with the application's clock. */
public interface FirstResponseSlaQuery {

    boolean slaBreached(Incident incident);
}
