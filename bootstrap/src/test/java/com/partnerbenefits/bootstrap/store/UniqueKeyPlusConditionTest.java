package com.partnerbenefits.bootstrap.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryCollection;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Row A of docs/scaling.md: on the embedded store a filter naming a unique key by equality plus other conditions (the
 * rate-limit window's, the take's, the conditional updates) reads the key's document only, not the whole collection,
 * and finds what the stock embedded store finds. The stores' own contract runs on this backend in
 * {@code KeyFirstEmbeddedStoreContractTest}.
 */
class UniqueKeyPlusConditionTest {

    private static final int DOCUMENTS = 1_000;

    @Test
    void aUniqueKeyPlusAConditionReadsOnlyThatKeysDocument() {
        AtomicInteger examined = new AtomicInteger();
        try (Store store = new Store(new CountingBackend(examined, true))) {
            for (Function<MongoCollection<Document>, Object> operation : operations()) {
                examined.set(0);
                operation.apply(store.collection);
                assertThat(examined.get()).as("documents examined").isLessThanOrEqualTo(2);
            }
        }
    }

    /** The reason for row A, and the counter's check: the stock store reads every document for the same filters. */
    @Test
    void theStockEmbeddedStoreReadsEveryDocumentForThem() {
        AtomicInteger examined = new AtomicInteger();
        try (Store store = new Store(new CountingBackend(examined, false))) {
            examined.set(0);
            store.collection.find(Filters.and(Filters.eq("_id", "w999"), Filters.lte("attempts", 5))).first();
            assertThat(examined.get()).isEqualTo(DOCUMENTS);
        }
    }

    @Test
    void itFindsAndChangesWhatTheStockEmbeddedStoreDoes() {
        try (Store keyFirst = new Store(new KeyFirstMemoryBackend()); Store stock = new Store(new MemoryBackend())) {
            assertThat(run(keyFirst)).isEqualTo(run(stock)).isNotEmpty();
        }
    }

    @Test
    void theDurableStoreAnswersTheSameWay(@TempDir Path directory) {
        DurableH2Backend backend = new DurableH2Backend(directory.resolve("store.mv"));
        try (Store durable = new Store(backend); Store stock = new Store(new MemoryBackend())) {
            assertThat(run(durable)).isEqualTo(run(stock));
            assertThat(backend.openOrCreateDatabase("benefits").resolveCollection("window_counters", true).getIndexes())
                    .allMatch(index -> index instanceof UniqueKeyFirstIndex<?>);
        }
    }

    private static List<Object> run(Store store) {
        List<Object> answers = new ArrayList<>();
        for (Function<MongoCollection<Document>, Object> operation : operations()) {
            answers.add(operation.apply(store.collection));
        }
        answers.add(store.collection.find().sort(new Document("_id", 1)).into(new ArrayList<>()));
        return answers;
    }

    /** The shapes of the hot paths: a window's conditional increment, the take, a conditional update and delete. */
    private static List<Function<MongoCollection<Document>, Object>> operations() {
        Bson withinWindow = Filters.and(Filters.eq("_id", "w500"), Filters.gt("windowStart", 5), Filters.lte("attempts", 5));
        Bson take = Filters.and(Filters.eq("_id", "w501"), Filters.eq("unlimited", false), Filters.gte("remaining", 1));
        FindOneAndUpdateOptions after = new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER);
        return List.of(
                collection -> collection.find(withinWindow).first(),
                collection -> collection.findOneAndUpdate(withinWindow, Updates.inc("attempts", 1), after),
                collection -> collection.findOneAndUpdate(take, Updates.inc("remaining", -1), after),
                collection -> collection.findOneAndUpdate(Filters.and(Filters.eq("_id", "w502"), Filters.gte("remaining", 99)),
                        Updates.inc("remaining", -1)),
                collection -> collection.updateOne(Filters.and(Filters.eq("_id", "w503"), Filters.eq("state", "PENDING")),
                        Updates.set("state", "CONFIRMED")).getModifiedCount(),
                collection -> collection.updateMany(Filters.and(Filters.in("_id", "w504", "w505", "nope"),
                        Filters.eq("state", "PENDING")), Updates.set("state", "GONE")).getModifiedCount(),
                collection -> collection.find(Filters.and(Filters.eq("login", "user-506"), Filters.eq("state", "PENDING")))
                        .first(),
                collection -> collection.deleteOne(Filters.and(Filters.eq("_id", "w507"), Filters.lt("attempts", 0)))
                        .getDeletedCount());
    }

    /** One server over a backend, holding a collection of {@value #DOCUMENTS} documents with a second unique key. */
    private static final class Store implements AutoCloseable {

        private final MongoServer server;
        private final MongoClient client;
        private final MongoCollection<Document> collection;

        Store(de.bwaldvogel.mongo.MongoBackend backend) {
            server = new MongoServer(backend);
            client = MongoClients.create(server.bindAndGetConnectionString());
            collection = client.getDatabase("benefits").getCollection("window_counters");
            collection.createIndex(new Document("login", 1), new com.mongodb.client.model.IndexOptions().unique(true));
            collection.insertMany(IntStream.range(0, DOCUMENTS).mapToObj(i -> new Document("_id", "w" + i)
                    .append("login", "user-" + i).append("windowStart", 10).append("attempts", i % 7)
                    .append("unlimited", false).append("remaining", i % 3).append("state", "PENDING")).toList());
        }

        @Override
        public void close() {
            client.close();
            server.shutdownNow();
        }
    }

    /** The in-memory backend, key-first or stock, whose collections count the documents they match a filter against. */
    private static final class CountingBackend extends KeyFirstMemoryBackend {

        private final AtomicInteger examined;
        private final boolean keyFirst;

        CountingBackend(AtomicInteger examined, boolean keyFirst) {
            this.examined = examined;
            this.keyFirst = keyFirst;
        }

        @Override
        public MemoryDatabase openOrCreateDatabase(String databaseName) {
            return keyFirst ? new KeyFirstMemoryDatabase(databaseName, this) {
                @Override
                protected MemoryCollection openOrCreateCollection(String name, CollectionOptions options) {
                    return counting(this, name, options);
                }
            } : new MemoryDatabase(databaseName, getCursorRegistry()) {
                @Override
                protected MemoryCollection openOrCreateCollection(String name, CollectionOptions options) {
                    return counting(this, name, options);
                }
            };
        }

        private MemoryCollection counting(MongoDatabase database, String name, CollectionOptions options) {
            return new MemoryCollection(database, name, options, getCursorRegistry()) {
                @Override
                protected boolean documentMatchesQuery(de.bwaldvogel.mongo.bson.Document document,
                        de.bwaldvogel.mongo.bson.Document query) {
                    examined.incrementAndGet();
                    return super.documentMatchesQuery(document, query);
                }
            };
        }
    }
}
