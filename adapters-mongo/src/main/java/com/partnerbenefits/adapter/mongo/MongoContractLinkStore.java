package com.partnerbenefits.adapter.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.partnerbenefits.application.port.out.ContractLinkStore;
import com.partnerbenefits.application.port.out.IdGenerator;
import com.partnerbenefits.domain.contract.ContractLink;
import com.partnerbenefits.domain.contract.SupportContractId;
import com.partnerbenefits.domain.partner.AccountId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;

public class MongoContractLinkStore implements ContractLinkStore {

    private final MongoOperations mongo;
    private final IdGenerator ids;
    private final ImmutableCache<LinkKey, ContractLink> found = new ImmutableCache<>(100_000);

    private record LinkKey(SupportContractId contract, AccountId account) {
    }

    public MongoContractLinkStore(MongoOperations mongo, IdGenerator ids) {
        this.mongo = mongo;
        this.ids = ids;
    }

    @Override
    public boolean addIfNew(ContractLink link) {
        try {
            mongo.insert(new ContractLinkDocument(ids.newId(), link.contractId().value(), link.accountId().value(),
                    link.linkedAt()));
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Override
    /** Links are never changed nor removed, so one found is remembered. */
    public Optional<ContractLink> findLink(SupportContractId contract, AccountId account) {
        return found.get(new LinkKey(contract, account), key -> Optional.ofNullable(
                mongo.findOne(query(where("contractId").is(contract.value()).and("accountId").is(account.value())),
                        ContractLinkDocument.class)).map(MongoContractLinkStore::toLink));
    }

    @Override
    public List<ContractLink> linksOf(AccountId account) {
        return mongo.find(query(where("accountId").is(account.value()))
                        .with(Sort.by(Sort.Order.desc("linkedAt"), Sort.Order.desc("_id"))), ContractLinkDocument.class)
                .stream().map(MongoContractLinkStore::toLink).toList();
    }

    @Override
    public Map<SupportContractId, List<ContractLink>> linksTo(Collection<SupportContractId> contracts) {
        List<String> values = contracts.stream().map(SupportContractId::value).distinct().toList();
        Map<SupportContractId, List<ContractLink>> found = mongo.find(query(where("contractId").in(values))
                        .with(Sort.by("linkedAt", "_id")), ContractLinkDocument.class).stream()
                .map(MongoContractLinkStore::toLink)
                .collect(Collectors.groupingBy(ContractLink::contractId, LinkedHashMap::new, Collectors.toList()));
        contracts.forEach(contract -> found.putIfAbsent(contract, List.of()));
        return found;
    }

    private static ContractLink toLink(ContractLinkDocument document) {
        return new ContractLink(new SupportContractId(document.contractId()), new AccountId(document.accountId()),
                document.linkedAt());
    }
}
