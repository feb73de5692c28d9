package com.partnerbenefits.application.port.out;

import com.partnerbenefits.domain.benefit.TechnicalBenefitId;
import com.partnerbenefits.domain.contract.AccessId;
import com.partnerbenefits.domain.contract.SupportContract;
import com.partnerbenefits.domain.contract.SupportContractId;
import java.util.Collection;
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
}
