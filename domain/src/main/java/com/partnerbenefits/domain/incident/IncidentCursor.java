package com.partnerbenefits.domain.incident;

import java.time.Instant;
import java.util.Objects;

/** Where a page of incidents, newest first, ends: the next page continues after this one. */
public record IncidentCursor(Instant raisedAt, IncidentId id) {

    public IncidentCursor {
        Objects.requireNonNull(raisedAt, "raisedAt");
        Objects.requireNonNull(id, "id");
    }

    public static IncidentCursor of(Incident incident) {
        return new IncidentCursor(incident.raisedAt(), incident.id());
    }
}
