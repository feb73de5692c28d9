package com.partnerbenefits.adapter.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.partnerbenefits.application.port.out.ContractLinkStore;
import com.partnerbenefits.application.port.out.IdGenerator;
import com.partnerbenefits.application.port.out.LinkLifecycleStore;
import com.partnerbenefits.domain.contract.AccessId;
import com.partnerbenefits.domain.contract.ContractEvent;
import com.partnerbenefits.domain.contract.ContractLink;
import com.partnerbenefits.domain.contract.SupportContractId;
import com.partnerbenefits.domain.partner.AccountId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Links, read afresh on every request (a link can be revoked, and every instance must see it at once).
 * Every change of a link is one conditional update of its document that also carries its history line
 * to the history ({@link MongoContractHistoryStore}).
 */
public class MongoContractLinkStore implements ContractLinkStore, LinkLifecycleStore {

    static final String PENDING = "PENDING";
    static final String LINKED = "LINKED";
    static final String UNLINKED = "UNLINKED";
    static final String REJECTED = "REJECTED";
    /** The states in which a link no longer lets its account use the contract (a link with no state is in force). */
    private static final List<String> NOT_IN_FORCE = List.of(PENDING, UNLINKED, REJECTED);

    private final MongoOperations mongo;
    private final IdGenerator ids;

    public MongoContractLinkStore(MongoOperations mongo, IdGenerator ids) {
        this.mongo = mongo;
        this.ids = ids;
    }

    @Override
    public boolean addIfNew(ContractLink link) {
        String id = ids.newId();
        ContractEvent linked = ContractEvent.linked(id, link.accountId(), link.linkedAt());
        boolean added;
        try {
            mongo.insert(new ContractLinkDocument(id, link.contractId().value(), link.accountId().value(), link.linkedAt(),
                    LINKED, null, List.of(ContractEvents.toDocument(linked))));
            added = true;
        } catch (DuplicateKeyException e) {
            Query notInForce = query(pair(link.contractId(), link.accountId()).and("state").in(PENDING, UNLINKED, REJECTED));
            Update relink = MongoContractHistoryStore.carrying(new Update().set("state", LINKED).set("linkedAt", link.linkedAt()), linked);
            added = mongo.updateFirst(notInForce, relink, ContractLinkDocument.class).getModifiedCount() == 1;
        }
        if (added) {
            deliver(link.contractId(), link.accountId(), linked);
        }
        return added;
    }

    /**
     * Asked by the pair alone, so the query names exactly the unique (contractId, accountId) index (the
     * embedded store uses an index only then; naming the state too made it scan every link), and the
     * state is tested here: the pair has one document, read afresh.
     */
    @Override
    public Optional<ContractLink> findLink(SupportContractId contract, AccountId account) {
        Query query = query(pair(contract, account));
        query.fields().exclude(MongoContractHistoryStore.OUTBOX);
        return Optional.ofNullable(mongo.findOne(query, ContractLinkDocument.class))
                .filter(link -> link.state() == null || !NOT_IN_FORCE.contains(link.state()))
                .map(MongoContractLinkStore::toLink);
    }

    @Override
    public List<ContractLink> linksOf(AccountId account) {
        return mongo.find(query(inForce(where("accountId").is(account.value())))
                        .with(Sort.by(Sort.Order.desc("linkedAt"), Sort.Order.desc("_id"))), ContractLinkDocument.class)
                .stream().map(MongoContractLinkStore::toLink).toList();
    }

    @Override
    public Map<SupportContractId, List<ContractLink>> linksTo(Collection<SupportContractId> contracts) {
        List<String> values = contracts.stream().map(SupportContractId::value).distinct().toList();
        Map<SupportContractId, List<ContractLink>> found = mongo.find(query(inForce(where("contractId").in(values)))
                        .with(Sort.by("linkedAt", "_id")), ContractLinkDocument.class).stream()
                .map(MongoContractLinkStore::toLink)
                .collect(Collectors.groupingBy(ContractLink::contractId, LinkedHashMap::new, Collectors.toList()));
        contracts.forEach(contract -> found.putIfAbsent(contract, List.of()));
        return found;
    }

    /** A new document, or one revoked, rejected or left pending, becomes a claim; a link in force stays as it is. */
    @Override
    public boolean claim(ContractLink link, AccessId presented) {
        String via = fingerprint(presented);
        try {
            mongo.insert(new ContractLinkDocument(ids.newId(), link.contractId().value(), link.accountId().value(),
                    link.linkedAt(), PENDING, via, List.of()));
            return true;
        } catch (DuplicateKeyException e) {
            Query notInForce = query(pair(link.contractId(), link.accountId()).and("state").in(PENDING, UNLINKED, REJECTED));
            Update claim = new Update().set("state", PENDING).set("via", via).set("linkedAt", link.linkedAt());
            return mongo.updateFirst(notInForce, claim, ContractLinkDocument.class).getMatchedCount() == 1;
        }
    }

    @Override
    public boolean confirm(SupportContractId contract, AccountId account, AccessId presented, ContractEvent linked) {
        Query pending = query(pair(contract, account).and("state").is(PENDING).and("via").is(fingerprint(presented)));
        Update confirm = MongoContractHistoryStore.carrying(new Update().set("state", LINKED).set("linkedAt", linked.at()), linked);
        if (mongo.updateFirst(pending, confirm, ContractLinkDocument.class).getModifiedCount() != 1) {
            return false;
        }
        deliver(contract, account, linked);
        return true;
    }

    @Override
    public void rejectPending(SupportContractId contract, AccessId stale) {
        mongo.updateMulti(query(where("contractId").is(contract.value()).and("state").is(PENDING).and("via")
                .is(fingerprint(stale))), new Update().set("state", REJECTED), ContractLinkDocument.class);
    }

    @Override
    public Optional<ContractLink> unlink(SupportContractId contract, AccountId account, ContractEvent unlinked) {
        Update revoke = MongoContractHistoryStore.carrying(new Update().set("state", UNLINKED), unlinked);
        Optional<ContractLink> revoked = Optional.ofNullable(mongo.findAndModify(query(inForce(pair(contract, account))), revoke,
                FindAndModifyOptions.options().returnNew(false), ContractLinkDocument.class)).map(MongoContractLinkStore::toLink);
        revoked.ifPresent(link -> deliver(contract, account, unlinked));
        return revoked;
    }

    private void deliver(SupportContractId contract, AccountId account, ContractEvent line) {
        MongoContractHistoryStore.deliver(mongo, ContractLinkDocument.COLLECTION, query(pair(contract, account)), contract, line);
    }

    private static Criteria pair(SupportContractId contract, AccountId account) {
        return where("contractId").is(contract.value()).and("accountId").is(account.value());
    }

    /** Links stored before links had a life have no state, and are in force. */
    private static Criteria inForce(Criteria criteria) {
        return criteria.and("state").nin(NOT_IN_FORCE);
    }

    /** Claims remember the credentials they were made with as a digest, so no second copy of an Access ID is kept. */
    private static String fingerprint(AccessId accessId) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(accessId.value().getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static ContractLink toLink(ContractLinkDocument document) {
        return new ContractLink(new SupportContractId(document.contractId()), new AccountId(document.accountId()),
                document.linkedAt());
    }
}
