package com.partnerbenefits.bootstrap.store;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.partnerbenefits.adapter.mongo.MongoStores;
import com.partnerbenefits.application.port.out.StoreContractTest;
import de.bwaldvogel.mongo.MongoServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The store contract on the embedded store as the service runs it: unique keys first ({@link UniqueKeyFirstIndex}). */
class KeyFirstEmbeddedStoreContractTest extends StoreContractTest {

    private static MongoServer server;
    private static MongoClient client;
    private static MongoTemplate template;

    @BeforeAll
    static void startServer() {
        server = new MongoServer(new KeyFirstMemoryBackend());
        client = MongoClients.create(server.bindAndGetConnectionString());
        template = new MongoTemplate(client, "benefits");
    }

    @AfterAll
    static void stopServer() {
        client.close();
        server.shutdownNow();
    }

    @Override
    protected Stores emptyStores() {
        template.getDb().drop();
        MongoStores mongo = MongoStores.over(template);
        return new Stores(mongo.partners(), mongo.accounts(), mongo.memberships(), mongo.products(), mongo.contracts(),
                mongo.links(), mongo.linkAttempts(), mongo.incidents(), mongo.rateLimits(), mongo.ids(),
                mongo.contractControls(), mongo.links(), mongo.history());
    }
}
