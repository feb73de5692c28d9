package com.partnerbenefits.application.service;

import com.partnerbenefits.application.port.out.NotificationOutbox;
import com.partnerbenefits.domain.contract.SupportContract;
import com.partnerbenefits.domain.incident.Incident;
import com.partnerbenefits.domain.incident.IncidentId;
import com.partnerbenefits.domain.notification.NotificationRules;
import com.partnerbenefits.domain.notification.Occurrence;
import java.time.Instant;
import java.util.Optional;

/**
 * Records an occurrence where the change that causes it happens, by the {@link NotificationRules}:
 * one insert, only when something notifies (most raises write nothing), then a nudge to the
 * asynchronous delivery. A failure here never fails the change: the reconciliation records what a
 * failed or cut-short write missed.
 */
public class Notifier {

    /** Records nothing: for services built without notifications. */
    public static final Notifier NONE = new Notifier(null, Integer.MIN_VALUE, () -> { });

    private static final System.Logger LOG = System.getLogger(Notifier.class.getName());

    private final NotificationOutbox outbox;
    private final int lowThreshold;
    private final Runnable nudge;

    public Notifier(NotificationOutbox outbox, int lowThreshold, Runnable nudge) {
        this.outbox = outbox;
        this.lowThreshold = lowThreshold;
        this.nudge = nudge;
    }

    public int lowThreshold() {
        return lowThreshold;
    }

    /** After a take: decided from the contract as the take left it. */
    public void taken(SupportContract after, IncidentId incident, Instant at) {
        record(NotificationRules.afterTake(after, incident, at, lowThreshold));
    }

    public void raised(Incident incident) {
        record(NotificationRules.raised(incident));
    }

    public void resolved(Incident incident, Instant at) {
        record(NotificationRules.resolved(incident, at));
    }

    /** Answers 1 when the occurrence was new, 0 otherwise (none, recorded already, or the store failed). */
    int record(Optional<Occurrence> occurrence) {
        if (outbox == null || occurrence.isEmpty()) {
            return 0;
        }
        try {
            if (outbox.record(occurrence.get())) {
                nudge.run();
                return 1;
            }
        } catch (RuntimeException storeAway) {
            LOG.log(System.Logger.Level.WARNING, "recording {0} failed; the reconciliation records it: {1}",
                    occurrence.get().key(), storeAway.toString());
        }
        return 0;
    }
}
