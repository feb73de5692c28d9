package com.partnerbenefits.application.port.out;

import com.partnerbenefits.domain.benefit.TechnicalBenefitId;
import com.partnerbenefits.domain.contract.AccessId;
import com.partnerbenefits.domain.contract.SupportContract;
import com.partnerbenefits.domain.contract.SupportContractId;
import com.partnerbenefits.domain.incident.IncidentId;
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

    Optional<SupportContract> findByAccessId(AccessId accessId);

    /** Those of these contracts that exist, in one round trip. */
    Map<SupportContractId, SupportContract> findContracts(Collection<SupportContractId> ids);

    /**
     * Takes one incident if any is left and appends the entry to the contract's usage ledger, in one
     * atomic conditional update (never a read-modify-write); answers the contract as changed, or empty
     * when none was left.
     */
    Optional<SupportContract> consume(SupportContractId id, UsageEntry consumed);

    /**
     * Gives the entry's incident back and appends the entry, atomically, at most once per incident
     * (a retried refund changes nothing); answers whether it did.
     */
    boolean refund(SupportContractId id, UsageEntry refunded);

    /**
     * Counts an incident stored on an unlimited contract among the contract's latest incidents, which
     * {@link #consume} does for limited ones in its own update: the dashboard then reads the newest
     * incidents and their number without looking through the contract's history.
     */
    void noteRaised(SupportContractId id, IncidentId incident);

    /** Takes back what {@link #consume} counted among the latest incidents for an incident that was never stored. */
    void forgetRaised(SupportContractId id, IncidentId incident);

    /** The contract's usage ledger, oldest first. */
    List<UsageEntry> usageOf(SupportContractId id);

    /** The ledgers, oldest line first, of the contracts with a line written at or after {@code since}. */
    Map<SupportContractId, List<UsageEntry>> ledgersWrittenSince(Instant since);
}
