package com.partnerbenefits.adapter.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.partnerbenefits.domain.incident.IncidentPage;
import com.partnerbenefits.domain.incident.IncidentCursor;
import com.partnerbenefits.application.port.out.IncidentStore;
import com.partnerbenefits.domain.contract.SupportContractId;
import com.partnerbenefits.domain.incident.Incident;
import com.partnerbenefits.domain.incident.IncidentId;
import com.partnerbenefits.domain.incident.IncidentStatus;
import com.partnerbenefits.domain.partner.AccountId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

public class MongoIncidentStore implements IncidentStore {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("raisedAt"), Sort.Order.desc("_id"));
    private static final java.util.Comparator<Incident> NEWEST_INCIDENT_FIRST = java.util.Comparator
            .comparing(Incident::raisedAt).thenComparing(incident -> incident.id().value()).reversed();

    private final MongoOperations mongo;
    private final DocumentMapper mapper;

    public MongoIncidentStore(MongoOperations mongo, DocumentMapper mapper) {
        this.mongo = mongo;
        this.mapper = mapper;
    }

    @Override
    public boolean addIfKeyFree(Incident incident) {
        try {
            mongo.insert(mapper.toDocument(incident));
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Override
    public Optional<Incident> findByKey(AccountId account, String idempotencyKey) {
        return Optional.ofNullable(mongo.findOne(query(where("accountId").is(account.value()).and("idempotencyKey")
                .is(idempotencyKey)), IncidentDocument.class)).map(mapper::toIncident);
    }

    @Override
    public Optional<Incident> findIncident(IncidentId id) {
        return Optional.ofNullable(mongo.findById(id.value(), IncidentDocument.class)).map(mapper::toIncident);
    }

    @Override
    public Set<IncidentId> existing(Collection<IncidentId> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        Query query = query(where("_id").in(ids.stream().map(IncidentId::value).distinct().toList()));
        query.fields().include("_id");
        return mongo.find(query, Document.class, IncidentDocument.COLLECTION).stream()
                .map(document -> new IncidentId(String.valueOf(document.get("_id")))).collect(Collectors.toSet());
    }

    @Override
    public Optional<Incident> withdrawIfOpen(IncidentId id, AccountId raisedBy) {
        return Optional.ofNullable(mongo.findAndModify(query(where("_id").is(id.value()).and("accountId").is(raisedBy.value())
                        .and("status").is(IncidentStatus.OPEN.name())), Update.update("status", IncidentStatus.WITHDRAWN.name()),
                FindAndModifyOptions.options().returnNew(true), IncidentDocument.class)).map(mapper::toIncident);
    }

    @Override
    public IncidentPage incidentsOf(SupportContractId contract, int first, Optional<IncidentCursor> after) {
        return page(where("contractId").is(contract.value()), first, after);
    }

    @Override
    public IncidentPage incidentsRaisedBy(AccountId account, int first, Optional<IncidentCursor> after) {
        return page(where("accountId").is(account.value()), first, after);
    }

    /**
     * From the IDs each contract keeps of its newest incidents: two round trips, whatever the contracts'
     * history (see {@link LatestIncidents}). A contract that keeps none yet, or a page longer than what
     * is kept, is read as a page of its own (bounded by the {@code incident_contract} index).
     */
    @Override
    public Map<SupportContractId, IncidentPage> latestIncidentsOf(Collection<SupportContractId> contracts, int first) {
        List<String> ids = contracts.stream().map(SupportContractId::value).distinct().toList();
        Map<String, LatestIncidents.Kept> kept = first < LatestIncidents.KEPT ? LatestIncidents.of(mongo, ids) : Map.of();
        List<String> wanted = kept.values().stream().flatMap(contract -> contract.ids().stream()).toList();
        Map<String, Incident> found = new HashMap<>();
        if (!wanted.isEmpty()) {
            mongo.find(OneBatch.of(query(where("_id").in(wanted))), IncidentDocument.class)
                    .forEach(incident -> found.put(incident.id(), mapper.toIncident(incident)));
        }
        Map<SupportContractId, IncidentPage> pages = new HashMap<>();
        for (String contract : ids) {
            LatestIncidents.Kept latest = kept.get(contract);
            if (latest == null) {
                pages.put(new SupportContractId(contract), page(where("contractId").is(contract), first, Optional.empty()));
                continue;
            }
            List<Incident> newest = latest.ids().stream().map(found::get).filter(java.util.Objects::nonNull)
                    .sorted(NEWEST_INCIDENT_FIRST).toList();
            pages.put(new SupportContractId(contract), new IncidentPage(newest.stream().limit(first).toList(),
                    newest.size() > first || latest.raised() > first, Math.max(latest.raised(), newest.size())));
        }
        return pages;
    }

    private IncidentPage page(Criteria owner, int first, Optional<IncidentCursor> after) {
        long total = mongo.count(query(owner), IncidentDocument.class);
        Query page = query(owner).with(NEWEST_FIRST).limit(first + 1);
        after.ifPresent(cursor -> page.addCriteria(new Criteria().orOperator(where("raisedAt").lt(cursor.raisedAt()),
                where("raisedAt").is(cursor.raisedAt()).and("_id").lt(cursor.id().value()))));
        List<Incident> items = mongo.find(page, IncidentDocument.class).stream().map(mapper::toIncident).toList();
        return new IncidentPage(items.stream().limit(first).toList(), items.size() > first, total);
    }
}
