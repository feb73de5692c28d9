package com.partnerbenefits.domain.incident;

import com.partnerbenefits.domain.contract.SupportContract;
import com.partnerbenefits.domain.contract.SupportContractId;
import com.partnerbenefits.domain.partner.AccountId;
import com.partnerbenefits.domain.shared.AllowanceLedger;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Taking and giving back a contract's incidents, the one statement of the rule: an incident is taken
 * only while one is left, and an unlimited contract takes nothing; it is given back once, and only if
 * it was taken. Each change carries its ledger line and the condition under which it may happen; a
 * store applies it atomically, testing the condition in the same single-document update that moves
 * the count by {@link #delta()} and appends {@link #line()}, and decides nothing itself.
 */
public sealed interface IncidentUsage {

    SupportContractId contract();

    UsageEntry line();

    /** The change to the remaining count. */
    default int delta() {
        return line().kind().delta();
    }

    /** The contract as this change leaves it. */
    default SupportContract appliedTo(SupportContract contract) {
        return contract.withIncidentsRemaining(contract.incidentsRemaining() + delta());
    }

    /** Taking one incident for {@code incident}; empty for an unlimited contract, which takes nothing. */
    static Optional<Take> take(SupportContract contract, IncidentId incident, AccountId by, Instant at) {
        return contract.allowance().unlimited() ? Optional.empty()
                : Optional.of(new Take(contract.id(), new UsageEntry(UsageEntry.Kind.CONSUMED, incident, by, at)));
    }

    /** Giving {@code incident} back; empty for an unlimited contract, which never took it. */
    static Optional<GiveBack> giveBack(SupportContract contract, IncidentId incident, AccountId by, Instant at) {
        return contract.allowance().unlimited() ? Optional.empty()
                : Optional.of(new GiveBack(contract.id(), new UsageEntry(UsageEntry.Kind.REFUNDED, incident, by, at)));
    }

    /** The incidents a ledger shows taken and not given back: the only ones that may still be given back. */
    static Set<IncidentId> outstanding(List<UsageEntry> ledger) {
        return AllowanceLedger.outstanding(ledger, UsageEntry::incident, line -> line.kind() == UsageEntry.Kind.CONSUMED);
    }

    /** One incident taken: allowed only from a limited contract with at least {@link #LEAST_REMAINING} left. */
    record Take(SupportContractId contract, UsageEntry line) implements IncidentUsage {

        /** What must be left for a take, so the count never goes below zero. */
        public static final int LEAST_REMAINING = 1;

        public Take {
            Objects.requireNonNull(contract, "contract");
            Objects.requireNonNull(line, "line");
            if (line.kind() != UsageEntry.Kind.CONSUMED) {
                throw new IllegalArgumentException("a take writes a CONSUMED line");
            }
        }

        public boolean allowedOn(SupportContract current) {
            return !current.allowance().unlimited() && current.incidents().allowsTaking(LEAST_REMAINING);
        }
    }

    /** One incident given back: allowed only while the ledger shows it taken and not given back yet. */
    record GiveBack(SupportContractId contract, UsageEntry line) implements IncidentUsage {

        public GiveBack {
            Objects.requireNonNull(contract, "contract");
            Objects.requireNonNull(line, "line");
            if (line.kind() != UsageEntry.Kind.REFUNDED) {
                throw new IllegalArgumentException("a give-back writes a REFUNDED line");
            }
        }

        public IncidentId incident() {
            return line.incident();
        }

        public boolean allowedBy(List<UsageEntry> ledger) {
            return outstanding(ledger).contains(incident());
        }
    }
}
