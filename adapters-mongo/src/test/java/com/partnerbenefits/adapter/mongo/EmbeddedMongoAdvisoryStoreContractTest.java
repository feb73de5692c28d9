package com.partnerbenefits.adapter.mongo;

import com.partnerbenefits.application.port.out.AdvisoryStoreContractTest;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The advisory-hours store contract on mongo-java-server, the embedded default. */
class EmbeddedMongoAdvisoryStoreContractTest extends AdvisoryStoreContractTest {

    private static MongoServer server;
    private static MongoClient client;
    private static MongoTemplate template;

    @BeforeAll
    static void startServer() {
        server = new MongoServer(new MemoryBackend());
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
        MongoAdvisoryStores stores = MongoAdvisoryStores.over(template);
        MongoStores all = MongoStores.over(template);
        return new Stores(all.memberships(), stores.hours(), stores.advisories());
    }
}
