package com.partnerbenefits.application.fake;

import com.partnerbenefits.application.port.out.ContractLinkStore;
import com.partnerbenefits.domain.contract.ContractLink;
import com.partnerbenefits.domain.contract.SupportContractId;
import com.partnerbenefits.domain.partner.AccountId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Links in memory, one per contract and account, like the store's unique index. */
public class InMemoryContractLinkStore implements ContractLinkStore {

    private final List<ContractLink> links = new ArrayList<>();

    @Override
    public synchronized boolean addIfNew(ContractLink link) {
        if (findLink(link.contractId(), link.accountId()).isPresent()) {
            return false;
        }
        links.add(link);
        return true;
    }

    @Override
    public synchronized Optional<ContractLink> findLink(SupportContractId contract, AccountId account) {
        return links.stream().filter(l -> l.contractId().equals(contract) && l.accountId().equals(account)).findFirst();
    }

    @Override
    public synchronized List<ContractLink> linksOf(AccountId account) {
        return links.stream().filter(l -> l.accountId().equals(account))
                .sorted(Comparator.comparing(ContractLink::linkedAt).reversed()).toList();
    }

    @Override
    public synchronized Map<SupportContractId, List<ContractLink>> linksTo(Collection<SupportContractId> ids) {
        Map<SupportContractId, List<ContractLink>> answer = new HashMap<>();
        ids.forEach(id -> answer.put(id, links.stream().filter(l -> l.contractId().equals(id))
                .sorted(Comparator.comparing(ContractLink::linkedAt)).toList()));
        return answer;
    }
}
