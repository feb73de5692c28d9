package com.partnerbenefits.domain.notification;

import com.partnerbenefits.domain.contract.SupportContractId;
import com.partnerbenefits.domain.incident.IncidentId;
import com.partnerbenefits.domain.partner.AccountId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One happening that notifies, identified by a key that names it (the kind and what caused it: the
 * take that crossed, the incident, the contract's end and milestone), so that recording it twice,
 * from two instances or from the reconciliation, records it once. {@code figure} is what the message
 * quotes: the incidents left, or the days until the end.
 */
public record Occurrence(String key, NotificationKind kind, Instant at, Optional<SupportContractId> contract,
        Optional<IncidentId> incident, Optional<AccountId> raisedBy, int figure) {

    public Occurrence {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(incident, "incident");
        Objects.requireNonNull(raisedBy, "raisedBy");
        if (kind.aboutContract() && contract.isEmpty()) {
            throw new IllegalArgumentException(kind + " names its contract");
        }
        if (!kind.aboutContract() && incident.isEmpty()) {
            throw new IllegalArgumentException(kind + " names its incident");
        }
    }
}
