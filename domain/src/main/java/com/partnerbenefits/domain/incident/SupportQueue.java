package com.partnerbenefits.domain.incident;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The support engineers' queue: incidents of every partner, the earliest first-response due time
 * first (the incident ID breaks ties, so paging is stable). By default the OPEN and IN_PROGRESS ones,
 * of every severity.
 */
public final class SupportQueue {

    public static final Comparator<Incident> ORDER = Comparator.comparing(Incident::firstResponseDueAt)
            .thenComparing(incident -> incident.id().value());

    private SupportQueue() {
    }

    /** Which incidents the queue shows; never empty (an empty or absent choice means the default). */
    public record Filter(Set<IncidentStatus> statuses, Set<Severity> severities) {

        public Filter {
            statuses = Set.copyOf(statuses);
            severities = Set.copyOf(severities);
            if (statuses.isEmpty() || severities.isEmpty()) {
                throw new IllegalArgumentException("a filter names at least one status and one severity");
            }
        }

        public static Filter of(Collection<IncidentStatus> statuses, Collection<Severity> severities) {
            return new Filter(statuses == null || statuses.isEmpty() ? EnumSet.of(IncidentStatus.OPEN, IncidentStatus.IN_PROGRESS)
                    : EnumSet.copyOf(statuses), severities == null || severities.isEmpty() ? EnumSet.allOf(Severity.class)
                    : EnumSet.copyOf(severities));
        }

        public boolean shows(Incident incident) {
            return statuses.contains(incident.status()) && severities.contains(incident.request().severity());
        }
    }

    /** Where a page of the queue ends: the next page continues after this incident. */
    public record Cursor(Instant firstResponseDueAt, IncidentId id) {

        public Cursor {
            Objects.requireNonNull(firstResponseDueAt, "firstResponseDueAt");
            Objects.requireNonNull(id, "id");
        }

        public static Cursor of(Incident incident) {
            return new Cursor(incident.firstResponseDueAt(), incident.id());
        }

        /** Whether the incident comes after this cursor in the queue's order. */
        public boolean precedes(Incident incident) {
            int byDue = incident.firstResponseDueAt().compareTo(firstResponseDueAt);
            return byDue > 0 || (byDue == 0 && incident.id().value().compareTo(id.value()) > 0);
        }
    }
}
