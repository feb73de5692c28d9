package com.partnerbenefits.application.service;

import com.partnerbenefits.application.port.in.FirstResponseSlaQuery;
import com.partnerbenefits.domain.incident.Incident;
import java.time.Clock;

/** Asks the incident's own SLA rule about now, so no adapter needs to know what time it is. */
public class FirstResponseSlaService implements FirstResponseSlaQuery {

    private final Clock clock;

    public FirstResponseSlaService(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean slaBreached(Incident incident) {
        return incident.slaBreached(clock.instant());
    }
}
