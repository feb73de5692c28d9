package com.partnerbenefits.adapter.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The IDs of each partner's memberships, one small document per partner ({@code _id} = partner ID), so that a
 * partner's memberships are read by unique keys — this document, then the memberships by {@code _id: {$in}} —
 * and the dashboard costs the same in a store of a thousand partners or of a hundred thousand (the embedded store
 * ignores the non-unique {@code membership_partner} index and would read every membership). An ID is added
 * <em>before</em> its membership is inserted: a stored membership is never missing from its partner's list, and an
 * ID whose insert failed reads nothing. Kept apart from the partner document because a membership may be recorded
 * for a partner this store does not hold (the store contract does so).
 */
final class PartnerMemberships {

    static final String COLLECTION = "partner_memberships";
    static final String IDS = "membershipIds";

    private PartnerMemberships() {
    }

    static void add(MongoOperations mongo, String partner, String membership) {
        mongo.upsert(query(where("_id").is(partner)), new Update().addToSet(IDS, membership), COLLECTION);
    }

    /**
     * Each of these partners' membership IDs, in one round trip on the unique {@code _id}; unknown partners left out.
     * A partner ID in ObjectId form is stored as one (the mapping converts it), so it is read back as its hex.
     */
    static Map<String, List<String>> of(MongoOperations mongo, Collection<String> partners) {
        Query kept = OneBatch.of(query(where("_id").in(partners)));
        return mongo.find(kept, Document.class, COLLECTION).stream().collect(Collectors.toMap(
                document -> String.valueOf(document.get("_id")), document -> document.getList(IDS, String.class, List.of()),
                (first, second) -> first, LinkedHashMap::new));
    }

    /** The store upgrade: lists the memberships stored before these lists existed (adds only what is missing). */
    static void backfill(MongoOperations mongo) {
        Query all = new Query();
        all.fields().include("partnerId");
        Map<String, List<String>> byPartner = mongo.find(all, Document.class, MembershipDocument.COLLECTION).stream()
                .filter(membership -> membership.get("partnerId") != null)
                .collect(Collectors.groupingBy(membership -> String.valueOf(membership.get("partnerId")),
                        Collectors.mapping(membership -> String.valueOf(membership.get("_id")), Collectors.toList())));
        byPartner.forEach((partner, memberships) -> mongo.upsert(query(where("_id").is(partner)),
                new Update().addToSet(IDS).each(memberships.toArray()), COLLECTION));
    }
}
