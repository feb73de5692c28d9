package com.partnerbenefits.application.port.out;

import com.partnerbenefits.domain.contract.AccessId;
import com.partnerbenefits.domain.contract.ContractCredentials;
import com.partnerbenefits.domain.contract.ContractEvent;
import com.partnerbenefits.domain.contract.SupportContract;
import com.partnerbenefits.domain.contract.SupportContractId;
import com.partnerbenefits.domain.partner.AccountId;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Who activated a contract and its credentials' rotation, each recording its history line ({@link ContractHistoryStore}). */
public interface ContractControlStore {

    /**
     * Stores the contract with who activated it, under the same rules as
     * {@link SupportContractStore#addIfUnique}; the activation is its first history line by construction.
     */
    boolean addActivated(SupportContract contract, AccountId activatedBy);

    /**
     * Replaces the credentials and appends the event, in one conditional update that applies only
     * while the contract's Access ID is still {@code current} (and fails if the fresh pair is taken);
     * answers whether it did.
     */
    boolean rotateCredentials(SupportContractId contract, AccessId current, ContractCredentials fresh, ContractEvent rotated);

    /** Who activated each of these contracts, where it is known, in one round trip. */
    Map<SupportContractId, AccountId> activatedBy(Collection<SupportContractId> contracts);
}
