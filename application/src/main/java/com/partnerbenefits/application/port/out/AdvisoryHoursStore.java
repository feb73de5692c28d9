package com.partnerbenefits.application.port.out;

import com.partnerbenefits.domain.advisory.AdvisoryHoursUsage;
import com.partnerbenefits.domain.advisory.AdvisoryLine;
import com.partnerbenefits.domain.membership.Membership;
import com.partnerbenefits.domain.membership.MembershipId;
import java.util.List;

import java.util.Optional;

/** A membership's advisory hours and their ledger, kept on the membership (see {@link AdvisoryHoursUsage}). */
public interface AdvisoryHoursStore {

    /**
     * Applies the reservation if its condition holds (enough half hours remain), in one atomic
     * conditional update that also appends its ledger line; answers the membership as changed, or empty.
     */
    Optional<Membership> reserve(AdvisoryHoursUsage.Reserve reserve);

    /**
     * Applies the give-back if its condition holds (the ledger shows the advisory reserved and not yet
     * settled), atomically with its ledger line, so it happens at most once per advisory; answers whether it did.
     */
    boolean giveBack(AdvisoryHoursUsage.GiveBack giveBack);

    /** The membership's advisory-hours ledger, oldest line first. */
    List<AdvisoryLine> advisoryLedgerOf(MembershipId membership);
}
