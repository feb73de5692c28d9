package com.partnerbenefits.application.service;

import com.partnerbenefits.application.port.out.IncidentStore;
import com.partnerbenefits.application.port.out.MembershipStore;
import com.partnerbenefits.application.port.out.SupportContractStore;
import com.partnerbenefits.domain.benefit.BenefitKind;
import com.partnerbenefits.domain.benefit.TechnicalBenefitId;
import com.partnerbenefits.domain.contract.SupportContract;
import com.partnerbenefits.domain.contract.SupportContractId;
import com.partnerbenefits.domain.incident.Incident;
import com.partnerbenefits.domain.incident.IncidentPage;
import com.partnerbenefits.domain.incident.IncidentStatus;
import com.partnerbenefits.domain.incident.Severity;
import com.partnerbenefits.domain.incident.SupportQueue;
import com.partnerbenefits.domain.incident.UsageEntry;
import com.partnerbenefits.domain.membership.Membership;
import com.partnerbenefits.domain.notification.NotificationRules;
import com.partnerbenefits.domain.notification.Occurrence;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The occurrences nothing changes at the moment they happen (a contract's end coming near, a first
 * response coming due), and the reconciliation of those a change should have recorded: each check
 * records by the {@link NotificationRules} under the occurrence's key, so running it again, or on two
 * instances, records nothing twice.
 */
class NotificationChecks {

    private static final int PAGE = 100;

    private final Notifier notifier;
    private final SupportContractStore contracts;
    private final MembershipStore memberships;
    private final IncidentStore incidents;
    private final Clock clock;
    private final Duration horizon;

    NotificationChecks(Notifier notifier, SupportContractStore contracts, MembershipStore memberships, IncidentStore incidents,
            Clock clock, Duration horizon) {
        this.notifier = notifier;
        this.contracts = contracts;
        this.memberships = memberships;
        this.incidents = incidents;
        this.clock = clock;
        this.horizon = horizon;
    }

    /** The daily check: every contract whose membership ends within the widest milestone. */
    int checkExpiry() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        Instant now = clock.instant();
        int widest = NotificationRules.EXPIRY_MILESTONES.stream().max(Integer::compare).orElseThrow();
        int recorded = 0;
        for (Membership membership : memberships.endingBetween(today, today.plusDays(widest))) {
            List<TechnicalBenefitId> benefits = Arrays.stream(BenefitKind.values())
                    .map(kind -> new TechnicalBenefitId(membership.id(), kind)).toList();
            for (SupportContract contract : contracts.contractsOf(benefits).values()) {
                recorded += record(NotificationRules.expiring(contract, membership.endsOn(), today, now));
            }
        }
        return recorded;
    }

    /** The frequent check: OPEN incidents, earliest due first, up to those due after the window. */
    int checkFirstResponses() {
        Instant now = clock.instant();
        Instant until = now.plus(NotificationRules.DUE_SOON);
        return forQueue(SupportQueue.Filter.of(List.of(IncidentStatus.OPEN), List.of()), incident -> !incident.firstResponseDueAt().isAfter(until),
                incident -> record(NotificationRules.firstResponseDueSoon(incident, now)));
    }

    /**
     * Records what a change cut short between itself and its occurrence missed: the takes of the
     * ledgers written within the horizon, replayed from the full allowance so each take's before and
     * after counts are the ones it had; and the severity A incidents still in the queue.
     */
    int reconcile() {
        int recorded = 0;
        Map<SupportContractId, List<UsageEntry>> ledgers = contracts.ledgersWrittenSince(clock.instant().minus(horizon));
        Map<SupportContractId, SupportContract> found = ledgers.isEmpty() ? Map.of() : contracts.findContracts(ledgers.keySet());
        for (Map.Entry<SupportContractId, List<UsageEntry>> ledger : ledgers.entrySet()) {
            SupportContract contract = found.get(ledger.getKey());
            if (contract != null && !contract.allowance().unlimited()) {
                recorded += replay(contract, ledger.getValue());
            }
        }
        return recorded + forQueue(SupportQueue.Filter.of(List.of(IncidentStatus.OPEN, IncidentStatus.IN_PROGRESS), List.of(Severity.A)),
                incident -> true, incident -> record(NotificationRules.raised(incident)));
    }

    /**
     * Every change of the count writes its ledger line in the same update, so the ledger replayed from
     * the full allowance ends at the count; when it does not (a take between the two reads), the next
     * run looks again rather than guess.
     */
    private int replay(SupportContract contract, List<UsageEntry> ledger) {
        int start = contract.allowance().incidents();
        if (start + ledger.stream().mapToInt(line -> line.kind().delta()).sum() != contract.incidentsRemaining()) {
            return 0;
        }
        int remaining = start;
        int recorded = 0;
        for (UsageEntry line : ledger) {
            remaining += line.kind().delta();
            if (line.kind() == UsageEntry.Kind.CONSUMED && remaining >= 0 && remaining <= contract.allowance().incidents()) {
                recorded += record(NotificationRules.afterTake(contract.withIncidentsRemaining(remaining), line.incident(), line.at(),
                        notifier.lowThreshold()));
            }
        }
        return recorded;
    }

    private int forQueue(SupportQueue.Filter filter, Predicate<Incident> goOn, java.util.function.ToIntFunction<Incident> each) {
        Optional<SupportQueue.Cursor> after = Optional.empty();
        int recorded = 0;
        while (true) {
            IncidentPage page = incidents.supportQueue(filter, PAGE, after);
            for (Incident incident : page.items()) {
                if (!goOn.test(incident)) {
                    return recorded;
                }
                recorded += each.applyAsInt(incident);
            }
            if (!page.hasNext() || page.items().isEmpty()) {
                return recorded;
            }
            after = Optional.of(SupportQueue.Cursor.of(page.items().get(page.items().size() - 1)));
        }
    }

    private int record(Optional<Occurrence> occurrence) {
        return notifier.record(occurrence);
    }
}
