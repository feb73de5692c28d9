package com.partnerbenefits.domain.incident;

import com.partnerbenefits.domain.partner.AccountId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of a contract's usage ledger: an incident consumed or given back, by whom, when, and for a
 * line given back why ({@code reason}; empty on lines written before reasons were recorded).
 */
public record UsageEntry(Kind kind, IncidentId incident, AccountId account, Instant at, Optional<RefundReason> reason) {

    public enum Kind {
        CONSUMED, REFUNDED;

        /** The change to the remaining count. */
        public int delta() {
            return this == CONSUMED ? -1 : 1;
        }
    }

    /** Why an incident was given back to its contract. */
    public enum RefundReason {
        /** Taken for a request that was then not stored (a failure, or a concurrent retry won). */
        NOT_STORED,
        /** Withdrawn by its raiser while still open. */
        WITHDRAWN,
        /** Resolved by a support engineer as a defect of the product, which is not charged. */
        PRODUCT_DEFECT,
        /** Resolved as a duplicate of another request, which is not charged. */
        DUPLICATE,
        /** Resolved as a billing, quota or subscription request, which is not charged. */
        BILLING_OR_QUOTA
    }

    public UsageEntry {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(incident, "incident");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(reason, "reason");
    }

    /** A line without a stated reason. */
    public UsageEntry(Kind kind, IncidentId incident, AccountId account, Instant at) {
        this(kind, incident, account, at, Optional.empty());
    }

    public static UsageEntry refunded(IncidentId incident, AccountId account, Instant at, RefundReason reason) {
        return new UsageEntry(Kind.REFUNDED, incident, account, at, Optional.of(reason));
    }
}
