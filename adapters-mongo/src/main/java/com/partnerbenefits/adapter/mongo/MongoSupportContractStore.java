package com.partnerbenefits.adapter.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.partnerbenefits.application.port.out.SupportContractStore;
import com.partnerbenefits.domain.benefit.TechnicalBenefitId;
import com.partnerbenefits.domain.contract.AccessId;
import com.partnerbenefits.domain.contract.SupportContract;
import com.partnerbenefits.domain.contract.SupportContractId;
import com.partnerbenefits.domain.incident.IncidentId;
import com.partnerbenefits.domain.incident.IncidentUsage;
import com.partnerbenefits.domain.incident.UsageEntry;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

public class MongoSupportContractStore implements SupportContractStore {

    private static final String[] LEDGER = {"usage", "refunded", "events", LatestIncidents.IDS};

    private final MongoOperations mongo;
    private final DocumentMapper mapper;

    public MongoSupportContractStore(MongoOperations mongo, DocumentMapper mapper) {
        this.mongo = mongo;
        this.mapper = mapper;
    }

    @Override
    public boolean addIfUnique(SupportContract contract) {
        return insertIfUnique(mongo, mapper.toDocument(contract));
    }

    /** Inserts a new contract, keeping no latest incidents yet; false when a unique index refuses it. */
    static boolean insertIfUnique(MongoOperations mongo, SupportContractDocument contract) {
        try {
            Document stored = new Document();
            mongo.getConverter().write(contract, stored);
            mongo.insert(LatestIncidents.fresh(stored), SupportContractDocument.COLLECTION);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Override
    public Optional<SupportContract> findByBenefit(TechnicalBenefitId benefit) {
        return findOne(where("benefitId").is(benefit.value()));
    }

    @Override
    public Map<TechnicalBenefitId, SupportContract> contractsOf(Collection<TechnicalBenefitId> benefits) {
        return findAll(where("benefitId").in(benefits.stream().map(TechnicalBenefitId::value).distinct().toList()))
                .collect(Collectors.toMap(SupportContract::benefitId, contract -> contract));
    }

    @Override
    public Optional<SupportContract> findContract(SupportContractId id) {
        return findOne(where("_id").is(id.value()));
    }

    /**
     * Two reads on unique {@code _id}s: a {@code $lookup} would make it one round trip on a real
     * MongoDB, but the embedded store runs an aggregation over the whole collection.
     */
    @Override
    public Optional<WithMembership> findWithMembership(SupportContractId id) {
        return findContract(id).map(contract -> new WithMembership(contract, mapper.toMembership(
                mongo.findById(contract.benefitId().membershipId().value(), MembershipDocument.class))));
    }

    @Override
    public Optional<SupportContract> findByAccessId(AccessId accessId) {
        return findOne(where("accessId").is(accessId.value()));
    }

    @Override
    public Map<SupportContractId, SupportContract> findContracts(Collection<SupportContractId> ids) {
        return findAll(where("_id").in(ids.stream().map(SupportContractId::value).distinct().toList()))
                .collect(Collectors.toMap(SupportContract::id, contract -> contract));
    }

    /** The take's condition (a limited contract with enough left) and its change, in one findAndModify. */
    @Override
    public Optional<SupportContract> take(IncidentUsage.Take take) {
        Query query = withoutLedger(query(where("_id").is(take.contract().value()).and("unlimited").is(false)
                .and("incidentsRemaining").gte(IncidentUsage.Take.LEAST_REMAINING)));
        Update change = LatestIncidents.counting(new Update().inc("incidentsRemaining", take.delta())
                .push("usage", mapper.toDocument(take.line())), take.line().incident().value());
        return Optional.ofNullable(mongo.findAndModify(query, change, FindAndModifyOptions.options().returnNew(true),
                SupportContractDocument.class)).map(mapper::toContract);
    }

    /**
     * The give-back's condition (the ledger shows the incident taken, and {@code refunded}, kept beside
     * the ledger so the condition is one query, does not list it) and its change, in one update.
     */
    @Override
    public boolean giveBack(IncidentUsage.GiveBack giveBack) {
        String incident = giveBack.incident().value();
        Query query = query(where("_id").is(giveBack.contract().value())
                .and("usage").elemMatch(where("kind").is(UsageEntry.Kind.CONSUMED.name()).and("incident").is(incident))
                .and("refunded").ne(incident));
        Update change = new Update().inc("incidentsRemaining", giveBack.delta())
                .push("usage", mapper.toDocument(giveBack.line())).addToSet("refunded", incident);
        if (giveBack.line().reason().equals(Optional.of(UsageEntry.RefundReason.NOT_STORED))) {
            LatestIncidents.forgetting(change, incident);
        }
        return mongo.updateFirst(query, change, SupportContractDocument.class).getModifiedCount() == 1;
    }

    @Override
    public void noteRaised(SupportContractId id, IncidentId incident) {
        mongo.updateFirst(query(where("_id").is(id.value())), LatestIncidents.counting(new Update(), incident.value()),
                SupportContractDocument.COLLECTION);
    }

    @Override
    public List<UsageEntry> usageOf(SupportContractId id) {
        Query query = query(where("_id").is(id.value()));
        query.fields().include("usage");
        Document document = mongo.findOne(query, Document.class, SupportContractDocument.COLLECTION);
        return document == null ? List.of() : ledger(document);
    }

    @Override
    public Map<SupportContractId, List<UsageEntry>> ledgersWrittenSince(Instant since) {
        Query query = query(where("usage.at").gte(since));
        query.fields().include("usage");
        Map<SupportContractId, List<UsageEntry>> ledgers = new java.util.HashMap<>();
        for (Document document : mongo.find(query, Document.class, SupportContractDocument.COLLECTION)) {
            ledgers.put(new SupportContractId(String.valueOf(document.get("_id"))), ledger(document));
        }
        return ledgers;
    }

    private List<UsageEntry> ledger(Document document) {
        List<Document> lines = document.getList("usage", Document.class);
        return lines == null ? List.of() : lines.stream()
                .map(line -> mapper.toUsage(mongo.getConverter().read(UsageDocument.class, line))).toList();
    }

    private Optional<SupportContract> findOne(Criteria criteria) {
        return Optional.ofNullable(mongo.findOne(withoutLedger(query(criteria)), SupportContractDocument.class))
                .map(mapper::toContract);
    }

    private Stream<SupportContract> findAll(Criteria criteria) {
        return mongo.find(OneBatch.of(withoutLedger(query(criteria))), SupportContractDocument.class).stream()
                .map(mapper::toContract);
    }

    private static Query withoutLedger(Query query) {
        query.fields().exclude(LEDGER);
        return query;
    }
}
