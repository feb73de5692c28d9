package com.partnerbenefits.adapter.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.partnerbenefits.application.port.out.AdvisoryStoreContractTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.mongodb.MongoDBContainer;

/** The advisory-hours store contract on a real MongoDB in a container; skipped where no Docker engine is available. */
@Testcontainers(disabledWithoutDocker = true)
class RealMongoAdvisoryStoreContractTest extends AdvisoryStoreContractTest {

    @Container
    private static final MongoDBContainer MONGO = new MongoDBContainer("mongo:7.0");

    private static MongoClient client;
    private static MongoTemplate template;

    @BeforeAll
    static void connect() {
        client = MongoClients.create(MONGO.getConnectionString());
        template = new MongoTemplate(client, "benefits");
    }

    @AfterAll
    static void disconnect() {
        client.close();
    }

    @Override
    protected Stores emptyStores() {
        template.getDb().drop();
        MongoAdvisoryStores stores = MongoAdvisoryStores.over(template);
        MongoStores all = MongoStores.over(template);
        return new Stores(all.memberships(), stores.hours(), stores.advisories());
    }
}
