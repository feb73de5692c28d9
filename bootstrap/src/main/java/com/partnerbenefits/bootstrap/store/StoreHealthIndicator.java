package com.partnerbenefits.bootstrap.store;

import org.bson.Document;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The store's health by a {@code ping}, which every MongoDB and the embedded server answer (Boot's
 * own indicator sends {@code hello}, which the embedded server does not know).
 */
@Component("store")
class StoreHealthIndicator implements HealthIndicator {

    private final MongoTemplate mongo;

    StoreHealthIndicator(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Health health() {
        try {
            mongo.executeCommand(new Document("ping", 1));
            return Health.up().build();
        } catch (RuntimeException unreachable) {
            return Health.down().withDetail("store", "unreachable").build();
        }
    }
}
