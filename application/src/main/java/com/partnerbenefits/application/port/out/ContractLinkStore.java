package com.partnerbenefits.application.port.out;

import com.partnerbenefits.domain.contract.ContractLink;
import com.partnerbenefits.domain.contract.SupportContractId;
import com.partnerbenefits.domain.partner.AccountId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public interface ContractLinkStore {

    /**
     * Stores the link unless the account has linked that contract already (one insert under a unique
     * index, so concurrent duplicates store one link); answers whether it was stored.
     */
    boolean addIfNew(ContractLink link);

    Optional<ContractLink> findLink(SupportContractId contract, AccountId account);

    /** The account's links, newest first. */
    List<ContractLink> linksOf(AccountId account);

    /** The links to each of these contracts, oldest first, in one round trip; every key answered. */
    Map<SupportContractId, List<ContractLink>> linksTo(Collection<SupportContractId> contracts);
}
