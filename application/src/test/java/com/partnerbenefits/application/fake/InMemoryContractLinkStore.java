package com.partnerbenefits.application.fake;

import com.partnerbenefits.application.port.out.LinkLifecycleStore;
import com.partnerbenefits.domain.contract.AccessId;
import com.partnerbenefits.domain.contract.ContractEvent;

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
public class InMemoryContractLinkStore implements ContractLinkStore, LinkLifecycleStore {

    private final List<ContractLink> links = new ArrayList<>();
    private final InMemoryContractHistoryStore history;

    public InMemoryContractLinkStore(InMemoryContractHistoryStore history) {
        this.history = history;
    }

    public InMemoryContractLinkStore() {
        this(new InMemoryContractHistoryStore());
    }

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

    // --- links with a life: pending claims, confirmation, revocation and their history ---

    private record LinkKey(SupportContractId contract, AccountId account) {
    }

    private final Map<LinkKey, AccessId> pendingLinks = new java.util.HashMap<>();

    @Override
    public synchronized boolean claim(ContractLink link, AccessId presented) {
        if (findLink(link.contractId(), link.accountId()).isPresent()) {
            return false;
        }
        pendingLinks.put(new LinkKey(link.contractId(), link.accountId()), presented);
        return true;
    }

    @Override
    public synchronized boolean confirm(SupportContractId contract, AccountId account, AccessId presented,
            ContractEvent linked) {
        if (!presented.equals(pendingLinks.get(new LinkKey(contract, account)))) {
            return false;
        }
        pendingLinks.remove(new LinkKey(contract, account));
        links.add(new ContractLink(contract, account, linked.at()));
        history.record(contract, linked);
        return true;
    }

    @Override
    public synchronized void rejectPending(SupportContractId contract, AccessId stale) {
        pendingLinks.entrySet().removeIf(e -> e.getKey().contract().equals(contract) && e.getValue().equals(stale));
    }

    @Override
    public synchronized Optional<ContractLink> unlink(SupportContractId contract, AccountId account, ContractEvent unlinked) {
        Optional<ContractLink> link = findLink(contract, account);
        link.ifPresent(found -> {
            links.remove(found);
            history.record(contract, unlinked);
        });
        return link;
    }
}
