package com.partnerbenefits.bootstrap.benchmark;

import com.mongodb.client.MongoIterable;
import com.partnerbenefits.bootstrap.security.DevelopmentSecrets;
import com.partnerbenefits.bootstrap.security.TokenCommand;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.bson.Document;
import tools.jackson.databind.JsonNode;

/**
 * What each hot path asks the store, from the driver's command listener on one request of each: every command with its
 * collection and the shape of its filter, and whether the embedded store can answer it from a unique index. The
 * embedded store (mongo-java-server) ignores non-unique indexes and uses a unique one only when the filter names
 * exactly its fields (equality or {@code $in}); anything else reads the whole collection. The service's embedded store
 * also answers a unique key plus conditions from that index, matching the rest on the key's documents
 * ({@code UniqueKeyFirstIndex}, docs/scaling.md row A): listed as such.
 */
final class QueryShapes {

    private final Rows rows;
    private final BenchWorld world;

    QueryShapes(Rows rows, BenchWorld world) {
        this.rows = rows;
        this.world = world;
    }

    private interface Request {
        void send() throws Exception;
    }

    void run() throws Exception {
        BenchWorld.Partner partner = world.partnerWithDashboard(2);
        BenchWorld.Raisers raisers = world.raisers(1, 1);
        JsonNode contract = world.activate(partner.admin(), BenchWorld.benefit(world.grant(partner.id(), "ACTION_PACK", null),
                "MICROSOFT_PRODUCT_SUPPORT").get("id").asString());
        String linker = BenchApi.token("linker-" + UUID.randomUUID() + "@bench.example", false);
        world.api.call(linker, BenchWorld.REFERENCE, Map.of()); // its account exists: the link is measured, not the first sight
        String support = TokenCommand.sign(DevelopmentSecrets.JWT_HMAC_SECRET, "support@bench.example", "AAD",
                List.of("benefits.support"), Duration.ofHours(1));
        world.api.call(support, BenchWorld.REFERENCE, Map.of());
        Map<String, Request> paths = new LinkedHashMap<>();
        paths.put("viewer", () -> world.api.call(partner.admin(), BenchWorld.REFERENCE, Map.of()));
        paths.put("dashboard", () -> world.api.call(partner.admin(), BenchWorld.DASHBOARD, Map.of()));
        paths.put("raise", () -> raisers.raise(0, 0));
        paths.put("linking", () -> world.link(linker, contract));
        paths.put("supportQueue", () -> world.api.call(support, "{ supportQueue(first: 20) { totalCount edges { node { id title "
                + "firstResponseDueAt } } } }", Map.of()));
        paths.put("search (partners)", () -> world.api.call(BenchApi.OPERATOR, "{ partners(first: 20, search: \"Bench\") { "
                + "totalCount edges { node { id name } } } }", Map.of()));
        paths.put("search (accounts)", () -> world.api.call(BenchApi.OPERATOR, "{ accounts(first: 20, search: \"admin\") { "
                + "totalCount edges { node { id login } } } }", Map.of()));
        Map<String, List<Set<String>>> unique = uniqueKeys();
        rows.line("");
        rows.line("## What each hot path asks the store (one request each, from the driver's command listener)");
        rows.line("| path | command | collection | filter | on the embedded store |");
        rows.line("|---|---|---|---|---|");
        for (Map.Entry<String, Request> path : paths.entrySet()) {
            CommandStats.INSTANCE.record();
            path.getValue().send();
            for (String command : CommandStats.INSTANCE.recorded()) {
                String[] parts = command.split("\t", 3);
                rows.line(String.format("| %s | %s | %s | `%s` | %s |", path.getKey(), parts[0], parts[1], parts[2],
                        verdict(parts[0], unique.getOrDefault(parts[1], List.of()), parts[2])));
            }
        }
    }

    /** Each collection's unique indexes (their fields), {@code _id} included, as the store reports them. */
    private Map<String, List<Set<String>>> uniqueKeys() {
        Map<String, List<Set<String>>> keys = new HashMap<>();
        MongoIterable<String> collections = world.store.listCollectionNames();
        for (String collection : collections) {
            for (Document index : world.store.getCollection(collection).listIndexes()) {
                if (Boolean.TRUE.equals(index.get("unique")) || "_id_".equals(index.getString("name"))) {
                    keys.computeIfAbsent(collection, c -> new ArrayList<>()).add(index.get("key", Document.class).keySet());
                }
            }
        }
        return keys;
    }

    private static String verdict(String command, List<Set<String>> unique, String filter) {
        if (command.equals("insert")) {
            return "insert";
        }
        Set<String> fields = topLevelFields(filter);
        if (filter.contains("/?/")) {
            return "**scan** (a pattern: every key of an index, or every document)";
        }
        boolean operators = filter.replace("{\"$in\": \"?\"}", "").contains("$");
        if (unique.contains(fields) && !operators) {
            return "unique index";
        }
        BsonDocument parsed = fields.isEmpty() ? new BsonDocument() : BsonDocument.parse(filter);
        for (Set<String> key : unique) {
            if (fields.containsAll(key) && key.stream().allMatch(field -> byKey(parsed.get(field), key.size()))) {
                return "unique index on " + String.join(", ", key) + ", the rest matched on its documents";
            }
        }
        return "**scan**";
    }

    /** Equality, or {@code $in} on a single-field index: what the embedded store looks up in a unique index. */
    private static boolean byKey(BsonValue condition, int fields) {
        return condition.isString() || fields == 1 && condition.isDocument()
                && condition.asDocument().keySet().equals(Set.of("$in"));
    }

    private static Set<String> topLevelFields(String filter) {
        return filter.equals("{}") ? Set.of() : new HashSet<>(BsonDocument.parse(filter).keySet());
    }

    /** One line per filter the command carries: command, collection and the filter with its values left out. */
    static List<String> describe(String name, BsonDocument command) {
        String collection = command.isString(name) ? command.getString(name).getValue() : "-";
        List<BsonValue> filters = new ArrayList<>();
        switch (name) {
            case "find", "delete" -> filters.add(command.get("filter", new BsonDocument()));
            case "count", "findAndModify" -> filters.add(command.get("query", new BsonDocument()));
            case "update" -> command.getArray("updates", new BsonArray()).forEach(update -> filters.add(update.asDocument().get("q")));
            case "aggregate" -> filters.add(command.getArray("pipeline", new BsonArray()).stream().findFirst()
                    .map(stage -> stage.asDocument().get("$match", new BsonDocument())).orElse(new BsonDocument()));
            case "insert" -> filters.add(new BsonDocument());
            default -> {
                return List.of();
            }
        }
        return filters.stream().map(filter -> name + "\t" + collection + "\t" + shape(filter)).distinct().toList();
    }

    /** The filter with each value replaced by ?, its fields and operators kept. */
    private static String shape(BsonValue value) {
        if (value == null) {
            return "{}";
        }
        if (value.isDocument()) {
            return value.asDocument().entrySet().stream()
                    .map(field -> "\"" + field.getKey() + "\": " + (field.getKey().equals("$in") ? "\"?\"" : shape(field.getValue())))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        if (value.isArray()) {
            return value.asArray().stream().map(QueryShapes::shape).distinct().collect(Collectors.joining(", ", "[", "]"));
        }
        return value.isRegularExpression() ? "\"/?/\"" : "\"?\"";
    }
}
