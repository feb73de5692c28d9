package com.partnerbenefits.application.port.out;

import com.partnerbenefits.domain.benefit.TechnicalBenefitId;
import com.partnerbenefits.domain.contract.AccessId;
import com.partnerbenefits.domain.contract.SupportContract;
import com.partnerbenefits.domain.contract.SupportContractId;
import com.partnerbenefits.domain.membership.Membership;
import com.partnerbenefits.domain.incident.IncidentId;
import com.partnerbenefits.domain.incident.IncidentUsage;
import com.partnerbenefits.domain.incident.UsageEntry;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public interface SupportContractStore {

    /**
     * Stores the contract unless its benefit already has one or its Access ID or Contract ID is taken
     * (one atomic insert under unique indexes, so concurrent activations store exactly one contract);
     * answers whether it was stored.
     */
    boolean addIfUnique(SupportContract contract);

    Optional<SupportContract> findByBenefit(TechnicalBenefitId benefit);

    /** The contracts of those benefits that have one, in one round trip. */
    Map<TechnicalBenefitId, SupportContract> contractsOf(Collection<TechnicalBenefitId> benefits);

    Optional<SupportContract> findContract(SupportContractId id);

    /** The contract read together with its membership, which decides when it ends (its status). */
    Optional<WithMembership> findWithMembership(SupportContractId id);

    /** A contract and its membership, as read together. */
    record WithMembership(SupportContract contract, Membership membership) {
    }

    Optional<SupportContract> findByAccessId(AccessId accessId);

    /** Those of these contracts that exist, in one round trip. */
    Map<SupportContractId, SupportContract> findContracts(Collection<SupportContractId> ids);

    /**
     * Applies the take (see {@link IncidentUsage}) if its condition holds, in one atomic conditional
     * update that also appends its line to the ledger (never a read-modify-write); answers the
     * contract as changed, or empty when the condition did not hold.
     */
    Optional<SupportContract> take(IncidentUsage.Take take);

    /**
     * Applies the give-back (see {@link IncidentUsage}) if its condition holds, atomically with its
     * ledger line, so it happens at most once per taken incident; answers whether it did.
     */
    boolean giveBack(IncidentUsage.GiveBack giveBack);

    /**
     * Counts an incident stored on an unlimited contract among the contract's latest incidents, as
     * {@link #take} does for a limited one in its own update (and a give-back of an incident that was
     * never stored takes back): the dashboard then reads the newest incidents and their number without
     * looking through the contract's history.
     */
    void noteRaised(SupportContractId id, IncidentId incident);

    /** Kept for callers that build the ledger line themselves: the take that writes it. */
    default Optional<SupportContract> consume(SupportContractId id, UsageEntry consumed) {
        return take(new IncidentUsage.Take(id, consumed));
    }

    /** Kept for callers that build the ledger line themselves: the give-back that writes it. */
    default boolean refund(SupportContractId id, UsageEntry refunded) {
        return giveBack(new IncidentUsage.GiveBack(id, refunded));
    }

    /** The contract's usage ledger, oldest first. */
    List<UsageEntry> usageOf(SupportContractId id);

    /** The ledgers, oldest line first, of the contracts with a line written at or after {@code since}. */
    Map<SupportContractId, List<UsageEntry>> ledgersWrittenSince(Instant since);
}
