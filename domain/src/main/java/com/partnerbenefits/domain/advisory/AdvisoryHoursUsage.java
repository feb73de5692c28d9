package com.partnerbenefits.domain.advisory;

import com.partnerbenefits.domain.membership.AdvisoryHours;
import com.partnerbenefits.domain.membership.MembershipId;
import com.partnerbenefits.domain.partner.AccountId;
import com.partnerbenefits.domain.shared.AllowanceLedger;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Reserving and giving back a membership's advisory hours, the one statement of the rule (as
 * {@code IncidentUsage} is for a contract's incidents, both over {@code Allowance} and
 * {@code AllowanceLedger}): an advisory's hours are reserved only while that many remain, never more;
 * what it does not use is given back once, and only if it was reserved. Each change carries its ledger
 * line and its condition; a store tests the condition in the same single-document update that moves
 * the count by {@link #delta()} and appends {@link #line()}, and decides nothing itself.
 */
public sealed interface AdvisoryHoursUsage {

    MembershipId membership();

    AdvisoryLine line();

    default int delta() {
        return line().delta();
    }

    /** The hours as this change leaves them. */
    default AdvisoryHours appliedTo(AdvisoryHours hours) {
        return new AdvisoryHours(delta() < 0 ? hours.halfHours().take(-delta()) : hours.halfHours().giveBack(delta()));
    }

    /** Reserving the hours a new advisory asked for. */
    static Reserve reserve(Advisory advisory) {
        return new Reserve(advisory.membership(), new AdvisoryLine(AdvisoryLine.Kind.RESERVED, advisory.id(),
                advisory.reservedHalfHours(), advisory.requestedBy(), advisory.requestedAt()));
    }

    /** Giving back what a settled (completed or withdrawn) advisory did not use. */
    static GiveBack settle(Advisory settled, AccountId by) {
        if (settled.status() == Advisory.Status.REQUESTED) {
            throw new IllegalArgumentException("advisory " + settled.id() + " is not settled");
        }
        AdvisoryLine.Kind kind = settled.status() == Advisory.Status.COMPLETED ? AdvisoryLine.Kind.UNUSED : AdvisoryLine.Kind.WITHDRAWN;
        return new GiveBack(settled.membership(), new AdvisoryLine(kind, settled.id(), settled.givesBackHalfHours(), by,
                settled.settledAt().orElseThrow()));
    }

    /** Giving back all an advisory reserved when it could not be stored. */
    static GiveBack notStored(Advisory advisory, Instant at) {
        return new GiveBack(advisory.membership(), new AdvisoryLine(AdvisoryLine.Kind.NOT_STORED, advisory.id(),
                advisory.reservedHalfHours(), advisory.requestedBy(), at));
    }

    /** The advisories a ledger shows reserved and not settled: the only ones that may still give back. */
    static Set<String> outstanding(List<AdvisoryLine> ledger) {
        return AllowanceLedger.outstanding(ledger, AdvisoryLine::advisory, line -> line.kind().reserves());
    }

    /** Reserves an advisory's hours: allowed only while at least {@link #halfHours()} remain. */
    record Reserve(MembershipId membership, AdvisoryLine line) implements AdvisoryHoursUsage {

        public Reserve {
            Objects.requireNonNull(membership, "membership");
            if (!line.kind().reserves()) {
                throw new IllegalArgumentException("a reservation writes a RESERVED line");
            }
        }

        /** What must remain for this reservation, so the count never goes below zero. */
        public int halfHours() {
            return line.halfHours();
        }

        public boolean allowedOn(AdvisoryHours current) {
            return current.halfHours().allowsTaking(halfHours());
        }
    }

    /** Gives back to the membership: allowed only while the ledger shows the advisory reserved and not settled. */
    record GiveBack(MembershipId membership, AdvisoryLine line) implements AdvisoryHoursUsage {

        public GiveBack {
            Objects.requireNonNull(membership, "membership");
            if (line.kind().reserves()) {
                throw new IllegalArgumentException("a give-back writes no RESERVED line");
            }
        }

        public String advisory() {
            return line.advisory();
        }

        public boolean allowedBy(List<AdvisoryLine> ledger) {
            return outstanding(ledger).contains(advisory());
        }
    }
}
