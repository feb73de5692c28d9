package com.partnerbenefits.adapter.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Each contract document keeps the IDs of its newest incidents ({@code latestIncidents}, the last
 * {@link #KEPT}) and how many are stored on it ({@code incidentsRaised}), written in the update that
 * takes the count (for an unlimited contract, in one update after the insert) and taken back in the
 * give-back of an incident that was never stored. The dashboard's "last 5 incidents" then costs what
 * those 5 cost, whatever the contract's history, on a real MongoDB and on the embedded store alike
 * (which ignores non-unique indexes). One more ID than the default page (20) is kept, so a page that
 * leaves {@code first} out is served from them too, and incidents raised at the same moment and stored in
 * the other order still sort right.
 */
final class LatestIncidents {

    static final String IDS = "latestIncidents";
    static final String RAISED = "incidentsRaised";
    static final int KEPT = 21;

    private LatestIncidents() {
    }

    /** Adds the counting of one more stored incident to an update of its contract. */
    static Update counting(Update update, String incident) {
        update.inc(RAISED, 1).push(IDS).slice(-KEPT).each(incident);
        return update;
    }

    /** Adds taking back the counting of an incident that was never stored to an update of its contract. */
    static Update forgetting(Update update, String incident) {
        update.inc(RAISED, -1).pull(IDS, incident);
        return update;
    }

    /** A new contract keeps nothing yet. */
    static Document fresh(Document contract) {
        return contract.append(RAISED, 0).append(IDS, List.of());
    }

    record Kept(List<String> ids, long raised) {
    }

    /**
     * What the contracts keep, in one round trip on their unique {@code _id} (the query names nothing
     * else, so the embedded store uses that index too); contracts not found, or not backfilled yet, are left out.
     */
    static Map<String, Kept> of(MongoOperations mongo, Collection<String> contracts) {
        Query kept = query(where("_id").in(contracts));
        kept.fields().include(IDS, RAISED);
        Map<String, Kept> found = new HashMap<>();
        for (Document contract : mongo.find(OneBatch.of(kept), Document.class, SupportContractDocument.COLLECTION)) {
            if (contract.get(RAISED) instanceof Number raised) {
                found.put(String.valueOf(contract.get("_id")),
                        new Kept(contract.getList(IDS, String.class, List.of()), raised.longValue()));
            }
        }
        return found;
    }

    /**
     * Contracts stored before they kept their latest incidents get them from their incidents, once, at
     * start before requests are served (one query finds none once every contract has them).
     */
    static void backfill(MongoOperations mongo) {
        Query legacy = query(where(RAISED).exists(false));
        legacy.fields().include("_id");
        List<String> contracts = new ArrayList<>();
        mongo.find(legacy, Document.class, SupportContractDocument.COLLECTION)
                .forEach(contract -> contracts.add(String.valueOf(contract.get("_id"))));
        for (String contract : contracts) {
            long raised = mongo.count(query(where("contractId").is(contract)), IncidentDocument.COLLECTION);
            Query newest = query(where("contractId").is(contract))
                    .with(Sort.by(Sort.Order.desc("raisedAt"), Sort.Order.desc("_id"))).limit(KEPT);
            newest.fields().include("_id");
            List<String> ids = new ArrayList<>();
            mongo.find(newest, Document.class, IncidentDocument.COLLECTION)
                    .forEach(incident -> ids.add(0, String.valueOf(incident.get("_id"))));
            mongo.updateFirst(query(where("_id").is(contract).and(RAISED).exists(false)),
                    Update.update(RAISED, raised).set(IDS, ids), SupportContractDocument.COLLECTION);
        }
    }
}
