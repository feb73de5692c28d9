package com.partnerbenefits.adapter.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * Upgrades of stored data that look through a whole collection (documents written before a field
 * existed) run once per store, not at every start: each leaves a marker in {@code store_upgrades},
 * and a start reads the markers by their {@code _id}. Each upgrade only fills what is missing, so
 * instances starting together may both run it harmlessly.
 */
final class StoreUpgrades {

    static final String COLLECTION = "store_upgrades";

    private StoreUpgrades() {
    }

    static void once(MongoOperations mongo, String name, Runnable upgrade) {
        if (mongo.exists(query(where("_id").is(name)), COLLECTION)) {
            return;
        }
        upgrade.run();
        try {
            mongo.insert(new Document("_id", name).append("at", Instant.now()), COLLECTION);
        } catch (DuplicateKeyException doneMeanwhile) {
            // another instance finished it too
        }
    }
}
