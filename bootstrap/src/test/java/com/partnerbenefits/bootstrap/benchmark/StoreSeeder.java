package com.partnerbenefits.bootstrap.benchmark;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoDatabase;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;
import org.bson.Document;
import org.bson.types.ObjectId;
import tools.jackson.databind.JsonNode;

/**
 * Fills a store with partners fast: a few template partners are made through the API (so every document has the
 * service's own shape, ledger lines, latest-incident IDs and history included), then copied with the MongoDB driver's
 * bulk inserts, each copy with fresh IDs and fresh values for every unique key (MPN ID, login, Access ID, Contract ID,
 * idempotency key) and every reference between its documents rewritten to the copy's IDs. Products stay shared.
 * <p>
 * Proportions, per 10 partners: 6 Action Pack (2 accounts, its product-support contract activated and linked by the
 * admin, 8 incidents), 3 Silver in Data Platform (3 accounts; product support 12 incidents, linked by two accounts;
 * cloud support 5, exhausted), 1 Gold in Cloud Platform (5 accounts; product support 15 and unlimited cloud support 20,
 * each linked by two accounts): per partner one membership, 2.6 accounts, 1.4 contracts, 1.9 links, 13.4 incidents.
 */
final class StoreSeeder {

    private static final List<String> COLLECTIONS = List.of("partners", "partner_memberships", "accounts", "memberships",
            "support_contracts", "contract_links", "incidents");
    private static final int BATCH = 2_000;
    private static final long DAY = 86_400_000L;
    private static final Pattern OBJECT_ID = Pattern.compile("[0-9a-f]{24}");
    private static final String CONTRACT_ID_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    private record Archetype(String offer, String area, int members, int productSupportIncidents, int cloudSupportIncidents,
            int share) {
    }

    private static final List<Archetype> ARCHETYPES = List.of(new Archetype("ACTION_PACK", null, 1, 8, 0, 6),
            new Archetype("SILVER_COMPETENCY", "Data Platform", 2, 12, 5, 3),
            new Archetype("GOLD_COMPETENCY", "Cloud Platform", 4, 15, 20, 1));

    private final MongoDatabase store;
    /** Per archetype, its template's documents by collection; one template per share, in turn. */
    private final List<Map<String, List<Document>>> templates = new ArrayList<>();
    private final RandomGenerator random = new SecureRandom();
    private final Set<String> contractIds = new HashSet<>();
    private long copies;

    private StoreSeeder(MongoDatabase store) {
        this.store = store;
    }

    /** Makes the template partners through the service's API and reads back what it stored for them. */
    static StoreSeeder fromTemplates(BenchWorld world) throws Exception {
        StoreSeeder seeder = new StoreSeeder(world.store);
        for (Archetype archetype : ARCHETYPES) {
            Map<String, List<Document>> template = seeder.snapshot(template(world, archetype));
            for (int i = 0; i < archetype.share(); i++) {
                seeder.templates.add(template);
            }
        }
        return seeder;
    }

    private static String template(BenchWorld world, Archetype archetype) throws Exception {
        String mpnId = String.valueOf(200_000 + ARCHETYPES.indexOf(archetype));
        BenchWorld.Partner partner = world.partner("Template " + archetype.offer(), mpnId);
        List<String> linking = new ArrayList<>(List.of(partner.admin()));
        for (int member = 0; member < archetype.members(); member++) {
            linking.add(world.account(partner.id(), "member-" + member + "-" + Integer.toHexString(partner.id().hashCode())
                    + "@bench.example"));
        }
        for (JsonNode benefit : world.grant(partner.id(), archetype.offer(), archetype.area())) {
            boolean productSupport = benefit.get("kind").asString().equals("MICROSOFT_PRODUCT_SUPPORT");
            JsonNode contract = world.activate(partner.admin(), benefit.get("id").asString());
            boolean linkedTwice = archetype.members() >= 2 && (productSupport || archetype.cloudSupportIncidents() > 5);
            for (String account : linking.subList(0, linkedTwice ? 2 : 1)) {
                world.link(account, contract);
            }
            int incidents = productSupport ? archetype.productSupportIncidents() : archetype.cloudSupportIncidents();
            for (int n = 0; n < incidents; n++) {
                world.raise(partner.admin(), contract.get("id").asString(), productSupport ? world.product : world.cloudProduct,
                        productSupport ? "2022" : "current");
            }
        }
        return mpnId;
    }

    private Map<String, List<Document>> snapshot(String mpnId) {
        Document partner = store.getCollection("partners").find(eq("mpnId", mpnId)).first();
        String id = idString(partner.get("_id"));
        Map<String, List<Document>> documents = new LinkedHashMap<>();
        documents.put("partners", List.of(partner));
        documents.put("partner_memberships", store.getCollection("partner_memberships").find(eq("_id", id)).into(new ArrayList<>()));
        for (String owned : List.of("accounts", "memberships", "support_contracts")) {
            documents.put(owned, store.getCollection(owned).find(eq("partnerId", id)).into(new ArrayList<>()));
        }
        List<String> contracts = documents.get("support_contracts").stream().map(contract -> idString(contract.get("_id"))).toList();
        for (String ofContracts : List.of("contract_links", "incidents")) {
            documents.put(ofContracts, store.getCollection(ofContracts).find(in("contractId", contracts)).into(new ArrayList<>()));
        }
        return documents;
    }

    /** Inserts {@code partners} more partners (copies of the templates in their proportions) with bulk inserts. */
    void seed(int partners) {
        Map<String, List<Document>> pending = new HashMap<>();
        for (int n = 0; n < partners; n++) {
            Map<String, List<Document>> template = templates.get((int) (copies % templates.size()));
            Map<String, String> fresh = freshValues(template, copies);
            long shift = DAY * (2 + copies++ % 360);
            for (String collection : COLLECTIONS) {
                List<Document> batch = pending.computeIfAbsent(collection, c -> new ArrayList<>());
                for (Document document : template.get(collection)) {
                    batch.add((Document) copy(document, fresh, shift));
                }
                if (batch.size() >= BATCH) {
                    store.getCollection(collection).insertMany(batch);
                    batch.clear();
                }
            }
        }
        pending.forEach((collection, batch) -> {
            if (!batch.isEmpty()) {
                store.getCollection(collection).insertMany(batch);
            }
        });
    }

    /** For one copy: every ID of the template's documents and every unique value, each with its replacement. */
    private Map<String, String> freshValues(Map<String, List<Document>> template, long copy) {
        Map<String, String> fresh = new HashMap<>();
        template.values().forEach(documents -> documents.forEach(document -> {
            String id = idString(document.get("_id"));
            fresh.put(id, OBJECT_ID.matcher(id).matches() ? new ObjectId().toHexString() : UUID.randomUUID().toString());
        }));
        Document partner = template.get("partners").get(0);
        fresh.put(partner.getString("mpnId"), String.valueOf(3_000_000_000L + copy));
        fresh.put(partner.getString("name"), "Seeded " + copy + " " + partner.getString("name"));
        template.get("accounts").forEach(account -> fresh.put(account.getString("login"), "s" + copy + "-" + account.getString("login")));
        template.get("support_contracts").forEach(contract -> {
            fresh.put(contract.getString("accessId"), UUID.randomUUID().toString());
            fresh.put(contract.getString("contractId"), contractId());
        });
        template.get("incidents").forEach(incident -> fresh.put(incident.getString("idempotencyKey"), UUID.randomUUID().toString()));
        return fresh;
    }

    /** A Contract ID in its format (XXXX-XXXX, Crockford's alphabet) that no other contract holds. */
    private String contractId() {
        while (true) {
            StringBuilder id = new StringBuilder(9);
            for (int i = 0; i < 9; i++) {
                id.append(i == 4 ? '-' : CONTRACT_ID_ALPHABET.charAt(random.nextInt(CONTRACT_ID_ALPHABET.length())));
            }
            if (contractIds.add(id.toString())) {
                return id.toString();
            }
        }
    }

    /**
     * A deep copy with every string (or part of one between colons, as a benefit ID) and ObjectId replaced as mapped,
     * and every instant moved {@code shift} back: copies spread their history over the past year, as a store that grew
     * over time holds it (and out of the consumption repair's one-day horizon, which reads every contract used within
     * it). Membership dates are dates, not instants: the memberships stay in force.
     */
    private static Object copy(Object value, Map<String, String> fresh, long shift) {
        if (value instanceof Document document) {
            Document copied = new Document();
            document.forEach((key, field) -> copied.put(key, copy(field, fresh, shift)));
            return copied;
        }
        if (value instanceof List<?> list) {
            List<Object> copied = new ArrayList<>(list.size());
            list.forEach(item -> copied.add(copy(item, fresh, shift)));
            return copied;
        }
        if (value instanceof Date instant) {
            return new Date(instant.getTime() - shift);
        }
        if (value instanceof ObjectId id) {
            String replaced = fresh.get(id.toHexString());
            return replaced == null ? id : new ObjectId(replaced);
        }
        if (value instanceof String text) {
            String replaced = fresh.get(text);
            if (replaced != null || text.indexOf(':') < 0) {
                return replaced == null ? text : replaced;
            }
            String[] parts = text.split(":", -1);
            for (int i = 0; i < parts.length; i++) {
                parts[i] = fresh.getOrDefault(parts[i], parts[i]);
            }
            return String.join(":", parts);
        }
        return value;
    }

    private static String idString(Object id) {
        return id instanceof ObjectId objectId ? objectId.toHexString() : String.valueOf(id);
    }
}
