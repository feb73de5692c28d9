package com.partnerbenefits.adapter.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.partnerbenefits.application.port.out.SupportContractStore;
import com.partnerbenefits.domain.benefit.TechnicalBenefitId;
import com.partnerbenefits.domain.contract.AccessId;
import com.partnerbenefits.domain.contract.SupportContract;
import com.partnerbenefits.domain.contract.SupportContractId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;

public class MongoSupportContractStore implements SupportContractStore {

    private final MongoOperations mongo;
    private final DocumentMapper mapper;

    public MongoSupportContractStore(MongoOperations mongo, DocumentMapper mapper) {
        this.mongo = mongo;
        this.mapper = mapper;
    }

    @Override
    public boolean addIfUnique(SupportContract contract) {
        try {
            mongo.insert(mapper.toDocument(contract));
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Override
    public Optional<SupportContract> findByBenefit(TechnicalBenefitId benefit) {
        return Optional.ofNullable(mongo.findOne(query(where("benefitId").is(benefit.value())), SupportContractDocument.class))
                .map(mapper::toContract);
    }

    @Override
    public Map<TechnicalBenefitId, SupportContract> contractsOf(Collection<TechnicalBenefitId> benefits) {
        var values = benefits.stream().map(TechnicalBenefitId::value).toList();
        // One batch for all: MongoDB's default first batch (101 documents) would add a getMore per 101 contracts.
        return mongo.find(query(where("benefitId").in(values)).cursorBatchSize(values.size() + 1),
                        SupportContractDocument.class).stream()
                .map(mapper::toContract)
                .collect(Collectors.toMap(SupportContract::benefitId, contract -> contract));
    }

    @Override
    public Optional<SupportContract> findContract(SupportContractId id) {
        return Optional.ofNullable(mongo.findById(id.value(), SupportContractDocument.class)).map(mapper::toContract);
    }

    @Override
    public Optional<SupportContract> findByAccessId(AccessId accessId) {
        return Optional.ofNullable(mongo.findOne(query(where("accessId").is(accessId.value())), SupportContractDocument.class))
                .map(mapper::toContract);
    }

    @Override
    public Map<SupportContractId, SupportContract> findContracts(Collection<SupportContractId> ids) {
        List<String> values = ids.stream().map(SupportContractId::value).distinct().toList();
        return mongo.find(query(where("_id").in(values)).cursorBatchSize(values.size() + 1), SupportContractDocument.class)
                .stream().map(mapper::toContract).collect(Collectors.toMap(SupportContract::id, contract -> contract));
    }
}
