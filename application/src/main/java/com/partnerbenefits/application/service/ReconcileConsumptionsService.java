package com.partnerbenefits.application.service;

import com.partnerbenefits.application.port.in.ReconcileConsumptionsUseCase;
import com.partnerbenefits.application.port.out.IncidentStore;
import com.partnerbenefits.application.port.out.SupportContractStore;
import com.partnerbenefits.domain.contract.SupportContractId;
import com.partnerbenefits.domain.incident.Incident;
import com.partnerbenefits.domain.incident.IncidentId;
import com.partnerbenefits.domain.incident.IncidentUsage;
import com.partnerbenefits.domain.incident.UsageEntry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A consumption is orphaned when its line is older than the grace period (longer than any request
 * may run), was never given back, and no incident was stored under its ID. Ledgers written in the
 * last {@code horizon} are looked at. A stored incident that is not charged (withdrawn, or resolved as
 * a product defect) but whose refund was cut short after its status changed is given back too.
 */
public class ReconcileConsumptionsService implements ReconcileConsumptionsUseCase {

    private final SupportContractStore contracts;
    private final IncidentStore incidents;
    private final Clock clock;
    private final Duration grace;
    private final Duration horizon;
    private final IncidentRefunds refunds;

    public ReconcileConsumptionsService(SupportContractStore contracts, IncidentStore incidents, Clock clock, Duration grace,
            Duration horizon) {
        this.contracts = contracts;
        this.incidents = incidents;
        this.clock = clock;
        this.grace = grace;
        this.horizon = horizon;
        this.refunds = new IncidentRefunds(contracts, clock);
    }

    @Override
    public int reconcile() {
        Instant now = clock.instant();
        Map<SupportContractId, List<UsageEntry>> ledgers = contracts.ledgersWrittenSince(now.minus(horizon));
        Instant settled = now.minus(grace);
        Map<SupportContractId, List<UsageEntry>> suspects = ledgers.entrySet().stream().collect(Collectors.toMap(
                Map.Entry::getKey, ledger -> unreturned(ledger.getValue(), settled)));
        Set<IncidentId> stored = incidents.existing(suspects.values().stream().flatMap(List::stream)
                .map(UsageEntry::incident).toList());
        int givenBack = 0;
        for (Map.Entry<SupportContractId, List<UsageEntry>> contract : suspects.entrySet()) {
            for (UsageEntry orphan : contract.getValue()) {
                if (!stored.contains(orphan.incident()) && contracts.giveBack(new IncidentUsage.GiveBack(contract.getKey(),
                        UsageEntry.refunded(orphan.incident(), orphan.account(), now, UsageEntry.RefundReason.NOT_STORED)))) {
                    givenBack++;
                }
            }
        }
        return givenBack + settleNotCharged(suspects, stored);
    }

    private int settleNotCharged(Map<SupportContractId, List<UsageEntry>> suspects, Set<IncidentId> stored) {
        List<IncidentId> candidates = suspects.values().stream().flatMap(List::stream).map(UsageEntry::incident)
                .filter(stored::contains).toList();
        int settled = 0;
        for (Incident incident : candidates.isEmpty() ? List.<Incident>of() : incidents.findIncidents(candidates)) {
            if (incident.givenBack() && refunds.settle(incident, incident.raisedBy())) {
                settled++;
            }
        }
        return settled;
    }

    private static List<UsageEntry> unreturned(List<UsageEntry> ledger, Instant settled) {
        Set<IncidentId> outstanding = IncidentUsage.outstanding(ledger);
        return ledger.stream().filter(line -> line.kind() == UsageEntry.Kind.CONSUMED && line.at().isBefore(settled)
                && outstanding.contains(line.incident())).toList();
    }
}
