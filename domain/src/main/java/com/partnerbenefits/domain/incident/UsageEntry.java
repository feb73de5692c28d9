package com.partnerbenefits.domain.incident;

import com.partnerbenefits.domain.partner.AccountId;
import java.time.Instant;
import java.util.Objects;

/** One line of a contract's usage ledger: an incident consumed or given back, by whom, when. */
public record UsageEntry(Kind kind, IncidentId incident, AccountId account, Instant at) {

    public enum Kind {
        CONSUMED, REFUNDED;

        /** The change to the remaining count. */
        public int delta() {
            return this == CONSUMED ? -1 : 1;
        }
    }

    public UsageEntry {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(incident, "incident");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(at, "at");
    }
}
