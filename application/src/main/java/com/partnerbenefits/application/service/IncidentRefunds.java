package com.partnerbenefits.application.service;

import com.partnerbenefits.application.port.out.SupportContractStore;
import com.partnerbenefits.domain.incident.Incident;
import com.partnerbenefits.domain.incident.UsageEntry;
import com.partnerbenefits.domain.incident.UsageEntry.RefundReason;
import com.partnerbenefits.domain.partner.AccountId;
import java.time.Clock;

/**
 * Gives an incident that is not charged back to its contract. The store's refund is one conditional
 * update that gives back only an incident the ledger shows taken and not yet given back, so calling
 * this again (a retry, a concurrent request, a repair) changes nothing: exactly one REFUNDED line.
 * An unlimited contract or the CSP plan took nothing, so nothing is given back.
 */
final class IncidentRefunds {

    private final SupportContractStore contracts;
    private final Clock clock;

    IncidentRefunds(SupportContractStore contracts, Clock clock) {
        this.contracts = contracts;
        this.clock = clock;
    }

    /** Settles what the incident's state says is owed; {@code by} is who caused the refund. Answers whether it gave back. */
    boolean settle(Incident incident, AccountId by) {
        return incident.refundReason().map(reason -> giveBack(incident, by, reason)).orElse(false);
    }

    boolean giveBack(Incident incident, AccountId by, RefundReason reason) {
        return incident.request().contractId().map(contract -> contracts.refund(contract,
                UsageEntry.refunded(incident.id(), by, clock.instant(), reason))).orElse(false);
    }
}
