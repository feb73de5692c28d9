package com.partnerbenefits.adapter.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.partnerbenefits.application.port.out.ContractControlStore;
import com.partnerbenefits.domain.contract.AccessId;
import com.partnerbenefits.domain.contract.ContractCredentials;
import com.partnerbenefits.domain.contract.ContractEvent;
import com.partnerbenefits.domain.contract.SupportContract;
import com.partnerbenefits.domain.contract.SupportContractId;
import com.partnerbenefits.domain.partner.AccountId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** A contract's activator and rotations, each carrying its history line ({@link MongoContractHistoryStore}). */
public class MongoContractControlStore implements ContractControlStore {


    private final MongoOperations mongo;
    private final DocumentMapper mapper;

    public MongoContractControlStore(MongoOperations mongo, DocumentMapper mapper) {
        this.mongo = mongo;
        this.mapper = mapper;
    }

    @Override
    public boolean addActivated(SupportContract contract, AccountId activatedBy) {
        ContractEvent activated = ContractEvent.activated(contract.id(), contract.activatedAt(), Optional.of(activatedBy));
        if (!MongoSupportContractStore.insertIfUnique(mongo, mapper.toDocument(contract).activatedBy(activatedBy.value(),
                ContractEvents.toDocument(activated)))) {
            return false;
        }
        deliver(contract.id(), activated);
        return true;
    }

    /** A fresh pair that is taken (unique indexes) fails like a lost race: the caller draws again. */
    @Override
    public boolean rotateCredentials(SupportContractId contract, AccessId current, ContractCredentials fresh,
            ContractEvent rotated) {
        Query stillCurrent = query(where("_id").is(contract.value()).and("accessId").is(current.value()));
        Update rotate = MongoContractHistoryStore.carrying(new Update().set("accessId", fresh.accessId().value())
                .set("contractId", fresh.contractId().value()), rotated);
        try {
            if (mongo.updateFirst(stillCurrent, rotate, SupportContractDocument.class).getModifiedCount() != 1) {
                return false;
            }
        } catch (DuplicateKeyException taken) {
            return false;
        }
        deliver(contract, rotated);
        return true;
    }

    @Override
    public Map<SupportContractId, AccountId> activatedBy(Collection<SupportContractId> contracts) {
        Query query = OneBatch.of(query(where("_id").in(contracts.stream().map(SupportContractId::value).distinct().toList())
                .and("activatedBy").ne(null)));
        query.fields().include("activatedBy");
        Map<SupportContractId, AccountId> found = new HashMap<>();
        for (Document document : mongo.find(query, Document.class, SupportContractDocument.COLLECTION)) {
            found.put(new SupportContractId(String.valueOf(document.get("_id"))), new AccountId(document.getString("activatedBy")));
        }
        return found;
    }

    private void deliver(SupportContractId contract, ContractEvent line) {
        MongoContractHistoryStore.deliver(mongo, SupportContractDocument.COLLECTION, query(where("_id").is(contract.value())),
                contract, line);
    }
}
