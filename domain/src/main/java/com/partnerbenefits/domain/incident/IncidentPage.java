package com.partnerbenefits.domain.incident;

import java.util.List;

/** A page of incidents, newest first, whether more follow, and how many there are in all. */
public record IncidentPage(List<Incident> items, boolean hasNext, long totalCount) {

    public IncidentPage {
        items = List.copyOf(items);
    }

    public static final IncidentPage EMPTY = new IncidentPage(List.of(), false, 0);
}
