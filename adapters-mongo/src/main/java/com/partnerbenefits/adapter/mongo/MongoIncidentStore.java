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
import com.partnerbenefits.domain.incident.SupportQueue;
import com.partnerbenefits.domain.partner.AccountId;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
    private static final Comparator<Incident> NEWEST_INCIDENT_FIRST =
            Comparator.comparing(Incident::raisedAt).thenComparing(incident -> incident.id().value()).reversed();
    /** {@link SupportQueue#ORDER}. */
    private static final Sort QUEUE_ORDER = Sort.by(Sort.Order.asc("firstResponseDueAt"), Sort.Order.asc("_id"));

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
    public List<Incident> findIncidents(Collection<IncidentId> ids) {
        return mongo.find(query(where("_id").in(ids.stream().map(IncidentId::value).distinct().toList())),
                IncidentDocument.class).stream().map(mapper::toIncident).toList();
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

    /** The lifecycle fields only, under the status the change was decided on: one conditional update. */
    @Override
    public Optional<Incident> changeIfStatus(Incident changed, IncidentStatus expected) {
        IncidentDocument next = mapper.toDocument(changed);
        Update lifecycle = new Update().set("status", next.status()).set("firstRespondedAt", next.firstRespondedAt())
                .set("resolvedAt", next.resolvedAt()).set("resolutionCause", next.resolutionCause())
                .set("resolutionNote", next.resolutionNote());
        return Optional.ofNullable(mongo.findAndModify(query(where("_id").is(next.id()).and("status").is(expected.name())),
                lifecycle, FindAndModifyOptions.options().returnNew(true), IncidentDocument.class)).map(mapper::toIncident);
    }

    /**
     * Served by the index {@code incident_support_queue} (status, severity, firstResponseDueAt, _id;
     * see MongoIndexes): both filters are always given as lists, so a real MongoDB walks the index
     * ranges merged in due order and stops after {@code first + 1}.
     */
    @Override
    public IncidentPage supportQueue(SupportQueue.Filter filter, int first, Optional<SupportQueue.Cursor> after) {
        Criteria shown = where("status").in(filter.statuses().stream().map(Enum::name).sorted().toList())
                .and("severity").in(filter.severities().stream().map(Enum::name).sorted().toList());
        long total = mongo.count(query(shown), IncidentDocument.class);
        Query page = query(shown).with(QUEUE_ORDER).limit(first + 1);
        after.ifPresent(cursor -> page.addCriteria(new Criteria().orOperator(
                where("firstResponseDueAt").gt(cursor.firstResponseDueAt()),
                where("firstResponseDueAt").is(cursor.firstResponseDueAt()).and("_id").gt(cursor.id().value()))));
        List<Incident> items = mongo.find(page, IncidentDocument.class).stream().map(mapper::toIncident).toList();
        return new IncidentPage(items.stream().limit(first).toList(), items.size() > first, total);
    }

    /**
     * Incidents stored before due times existed get theirs, as the domain computes it for them
     * ({@link Incident#legacyDueAt}), so the queue can sort and page on a stored value. Run at start;
     * each write only fills a missing value, so concurrent starts agree. Answers how many it filled.
     */
    public long fillMissingDueTimes() {
        long filled = 0;
        for (IncidentDocument legacy : mongo.find(query(where("firstResponseDueAt").is(null)), IncidentDocument.class)) {
            filled += mongo.updateFirst(query(where("_id").is(legacy.id()).and("firstResponseDueAt").is(null)),
                    Update.update("firstResponseDueAt", mapper.toIncident(legacy).firstResponseDueAt()),
                    IncidentDocument.class).getModifiedCount();
        }
        return filled;
    }

    @Override
    public IncidentPage incidentsOf(SupportContractId contract, int first, Optional<IncidentCursor> after) {
        return page(where("contractId").is(contract.value()), first, after);
    }

    @Override
    public IncidentPage incidentsOf(SupportContractId contract, AccountId raisedBy, int first, Optional<IncidentCursor> after) {
        return page(where("contractId").is(contract.value()).and("accountId").is(raisedBy.value()), first, after);
    }

    @Override
    public IncidentPage incidentsRaisedBy(AccountId account, int first, Optional<IncidentCursor> after) {
        return page(where("accountId").is(account.value()), first, after);
    }

    /**
     * From the IDs each contract keeps of its newest incidents (see {@link LatestIncidents}): two round
     * trips on unique indexes, whatever the contracts' history. A contract that keeps none (not stored,
     * or stored before it kept them) or fewer than the page, or a page longer than what is kept, is read as
     * a page of its own.
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
            if (latest == null || latest.ids().size() < Math.min(latest.raised(), first)) {
                // keeps none, or fewer than the page (kept before more were kept): read as a page of its own
                pages.put(new SupportContractId(contract), page(where("contractId").is(contract), first, Optional.empty()));
                continue;
            }
            List<Incident> newest = latest.ids().stream().map(found::get).filter(Objects::nonNull)
                    .sorted(NEWEST_INCIDENT_FIRST).toList();
            pages.put(new SupportContractId(contract), new IncidentPage(newest.stream().limit(first).toList(),
                    latest.raised() > first, Math.max(latest.raised(), newest.size())));
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
