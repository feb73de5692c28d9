package com.partnerbenefits.domain.notification;

import com.partnerbenefits.domain.contract.SupportContract;
import com.partnerbenefits.domain.incident.Incident;
import com.partnerbenefits.domain.incident.IncidentId;
import com.partnerbenefits.domain.incident.IncidentStatus;
import com.partnerbenefits.domain.incident.Severity;
import com.partnerbenefits.domain.partner.AccountId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * When something notifies, the one statement of SPEC §5.3's events. A take notifies when its before
 * and after counts cross a line (so of all takes exactly one crosses each line, however many run at
 * once); a contract's end notifies at 30 and at 7 days; a severity A raise and a resolve notify once
 * per incident; a first response notifies once when it comes due within 30 minutes with none given.
 * Each answer carries the key that names the occurrence, so it is recorded once.
 */
public final class NotificationRules {

    /** The days before a contract's end at which its admins are told (the nearest one passed counts). */
    public static final List<Integer> EXPIRY_MILESTONES = List.of(30, 7);

    public static final Duration DUE_SOON = Duration.ofMinutes(30);

    private NotificationRules() {
    }

    /**
     * What the take of {@code incident} that left {@code after} crossed: the last incident taken
     * (exhausted), or the remaining count falling from above {@code lowThreshold} to it.
     */
    public static Optional<Occurrence> afterTake(SupportContract after, IncidentId incident, Instant at, int lowThreshold) {
        if (after.allowance().unlimited()) {
            return Optional.empty();
        }
        int remaining = after.incidentsRemaining();
        int before = remaining + 1;
        NotificationKind kind;
        if (remaining == 0) {
            kind = NotificationKind.INCIDENTS_EXHAUSTED;
        } else if (before > lowThreshold && remaining <= lowThreshold) {
            kind = NotificationKind.INCIDENTS_LOW;
        } else {
            return Optional.empty();
        }
        return Optional.of(new Occurrence(kind + ":" + after.id().value() + ":" + incident.value(), kind, at,
                Optional.of(after.id()), Optional.of(incident), Optional.empty(), remaining));
    }

    /**
     * The milestone a contract ending on {@code endsOn} has reached today: within 7 days the 7-day one,
     * within 30 the 30-day one (a day the daily check missed is made up the next day); none otherwise.
     */
    public static Optional<Occurrence> expiring(SupportContract contract, LocalDate endsOn, LocalDate today, Instant at) {
        long daysLeft = ChronoUnit.DAYS.between(today, endsOn);
        if (daysLeft < 0) {
            return Optional.empty();
        }
        Optional<Integer> milestone = EXPIRY_MILESTONES.stream().filter(days -> daysLeft <= days)
                .reduce((wider, narrower) -> narrower);
        return milestone.map(days -> new Occurrence(NotificationKind.CONTRACT_EXPIRING + ":" + contract.id().value() + ":"
                + endsOn + ":" + days, NotificationKind.CONTRACT_EXPIRING, at, Optional.of(contract.id()), Optional.empty(),
                Optional.empty(), (int) daysLeft));
    }

    /** A severity A incident raised tells the support engineers. */
    public static Optional<Occurrence> raised(Incident incident) {
        return incident.request().severity() == Severity.A
                ? Optional.of(aboutIncident(NotificationKind.INCIDENT_RAISED, incident, incident.raisedAt(), Optional.empty()))
                : Optional.empty();
    }

    /** A resolved incident tells whoever raised it. */
    public static Optional<Occurrence> resolved(Incident incident, Instant at) {
        return incident.status() == IncidentStatus.RESOLVED
                ? Optional.of(aboutIncident(NotificationKind.INCIDENT_RESOLVED, incident, at, Optional.of(incident.raisedBy())))
                : Optional.empty();
    }

    /** An incident still waiting for its first response, due within {@link #DUE_SOON}, tells the support engineers. */
    public static Optional<Occurrence> firstResponseDueSoon(Incident incident, Instant now) {
        boolean waiting = incident.status() == IncidentStatus.OPEN && incident.firstRespondedAt().isEmpty();
        boolean soon = !incident.firstResponseDueAt().isAfter(now.plus(DUE_SOON)) && incident.firstResponseDueAt().isAfter(now);
        return waiting && soon ? Optional.of(aboutIncident(NotificationKind.FIRST_RESPONSE_DUE_SOON, incident, now, Optional.empty()))
                : Optional.empty();
    }

    private static Occurrence aboutIncident(NotificationKind kind, Incident incident, Instant at, Optional<AccountId> to) {
        return new Occurrence(kind + ":" + incident.id().value(), kind, at, incident.request().contractId(),
                Optional.of(incident.id()), to, 0);
    }
}
