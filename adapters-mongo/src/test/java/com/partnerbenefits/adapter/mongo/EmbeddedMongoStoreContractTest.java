package com.partnerbenefits.adapter.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The store contract on mongo-java-server, the embedded default: always runs. */
class EmbeddedMongoStoreContractTest extends MongoStoreContractTest {

    private static MongoServer server;
    private static MongoClient client;
    private static MongoTemplate template;

    @BeforeAll
    static void startServer() {
        server = new MongoServer(new MemoryBackend());
        String address = server.bindAndGetConnectionString();
        client = MongoClients.create(address);
        template = new MongoTemplate(client, "benefits");
    }

    @AfterAll
    static void stopServer() {
        client.close();
        server.shutdownNow();
    }

    @Override
    protected MongoTemplate mongo() {
        return template;
    }
}
