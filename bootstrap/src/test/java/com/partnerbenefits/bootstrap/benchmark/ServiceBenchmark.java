package com.partnerbenefits.bootstrap.benchmark;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import com.partnerbenefits.application.port.in.Caller;
import com.partnerbenefits.application.port.in.IdentifyCallerUseCase;
import com.partnerbenefits.application.port.in.RaiseIncidentUseCase;
import com.partnerbenefits.application.port.in.Result;
import com.partnerbenefits.application.port.in.Viewer;
import com.partnerbenefits.domain.contract.SupportContractId;
import com.partnerbenefits.domain.incident.IncidentRequest;
import com.partnerbenefits.domain.incident.Severity;
import com.partnerbenefits.domain.partner.AccountKind;
import com.partnerbenefits.domain.partner.Login;
import com.partnerbenefits.domain.product.ProductId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The hot paths measured against their floors, side by side in one run, on realistic data. Run with
 * {@code ./mvnw -B -Pbenchmark -pl bootstrap -am verify}; prints a table and writes it to
 * {@code bootstrap/target/benchmark.md}.
 * <ul>
 * <li>The dashboard against the time it waits on MongoDB (a command listener on the service's client), at 1 and 8 clients.</li>
 * <li>Raising an incident on Gold product-support contracts (20 incidents each, as the entitlement table gives them;
 * each client moves to a fresh contract when one runs out, prepared before the timed part) against the minimal work
 * on the same store at the same concurrency, sent with the MongoDB Java driver: the conditional take with its ledger
 * line plus the incident insert, and the take alone.</li>
 * <li>A contract holding 10,000 incidents against one holding 5, on the same dashboard.</li>
 * <li>The reference request against a bare application on the same stack ({@link PeerComparison}).</li>
 * <li>The dashboard and the raise on stores of 1,000, 10,000 and 100,000 partners ({@link SizeSweep}).</li>
 * <li>What each hot path asks the store, and which of its queries the embedded store answers by a scan ({@link QueryShapes}).</li>
 * <li>Startup of {@code java -jar} to the first answered request.</li>
 * </ul>
 * Requests go over keep-alive connections, one per client ({@link KeepAliveConnection}).
 * For investigations, {@code -Dbenchmark.jvm.args="-Dbenchmark.only=raising"} runs one part (or several, comma-separated)
 * ({@code startup}, {@code dashboards}, {@code peer}, {@code raising}, {@code history}, {@code sizes} or {@code queries});
 * {@code -Dbenchmark.memberships=1}, {@code -Dbenchmark.clients=1} and {@code -Dbenchmark.sizes=200,2000} narrow the rows,
 * {@code -Dbenchmark.warmup.first-ms}, {@code -Dbenchmark.warmup.ms}, {@code -Dbenchmark.warmup.contracts} and
 * {@code -Dbenchmark.measured.ms} set the warm-ups and the measured time (for a smoke run).
 */
class ServiceBenchmark {

    private static final Duration FIRST_WARMUP = Duration.ofMillis(Long.getLong("benchmark.warmup.first-ms", 20_000));
    private static final int WARMUP_CONTRACTS_PER_CLIENT = Integer.getInteger("benchmark.warmup.contracts", 25);
    private static final int GOLD_PRODUCT_INCIDENTS = BenchWorld.GOLD_PRODUCT_INCIDENTS;
    private static final int RAISES_ONE_CLIENT = 600;
    private static final int RAISES_PER_CLIENT_OF_EIGHT = 200;
    private static final int HISTORY = 10_000;

    private final StringBuilder report = new StringBuilder();
    private final Rows rows = new Rows(this::line);
    private BenchWorld world;
    private BenchApi api;
    private MongoDatabase store;

    @Test
    void run() throws Exception {
        String only = System.getProperty("benchmark.only", "");
        Predicate<String> runs = part -> only.isEmpty() || List.of(only.split(",")).contains(part);
        Optional<Long> startup = runs.test("startup") ? Startup.measure() : Optional.empty();
        try (BenchWorld running = BenchWorld.start()) {
            world = running;
            api = running.api;
            store = running.store;
            warmUp();
            line("# Benchmark run " + Instant.now() + " on " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                    + Runtime.version());
            if (runs.test("dashboards")) {
                dashboards();
            }
            if (runs.test("peer")) {
                new PeerComparison(rows, world, FIRST_WARMUP).run();
            }
            if (runs.test("raising")) {
                raising();
            }
            if (runs.test("history")) {
                history();
            }
            if (runs.test("queries")) {
                new QueryShapes(rows, world).run();
            }
            if (runs.test("sizes")) {
                new SizeSweep(rows).run();
            }
            line("");
            line("## Startup and exactness");
            line("- startup of the embedded default, `java -jar` to the first answered request: "
                    + startup.map(ms -> String.format("%.1f s", ms / 1000.0)).orElse("not measured (jar not built)"));
            line("- over-consumption over " + world.raisedOn.size() + " raised-on contracts: " + overConsumption()
                    + " (incidents taken without a stored incident, or ledger lines disagreeing with the count; must be 0)");
        }
        Path out = Path.of("target", "benchmark.md");
        Files.writeString(out, report);
        System.out.println(report);
    }

    /** Lets the JIT compile the hot paths before anything is measured. */
    private void warmUp() throws Exception {
        BenchWorld.Partner partner = world.partnerWithDashboard(3);
        Load.warm(4, FIRST_WARMUP, (client, call) -> api.post(partner.admin(), BenchWorld.DASHBOARD, Map.of()));
        int raises = WARMUP_CONTRACTS_PER_CLIENT * GOLD_PRODUCT_INCIDENTS;
        Load.count(4, raises, world.raisers(4, raises)::raise);
        Load.count(4, raises, floorContracts(4, raises, true)::takeAndInsert);
    }

    private void dashboards() throws Exception {
        line("");
        line("## Dashboard query (memberships → benefits → contract → last 5 incidents → product)");
        rows.requestHeader("memberships");
        for (int memberships : Rows.sizes("benchmark.memberships", List.of(0, 1, 10, 100))) {
            String admin = memberships == 0 ? BenchApi.token("reference@bench.example", false)
                    : world.partnerWithDashboard(memberships).admin();
            String query = memberships == 0 ? BenchWorld.REFERENCE : BenchWorld.DASHBOARD;
            for (int clients : Rows.sizes("benchmark.clients", List.of(1, 8))) {
                rows.request(api, memberships == 0 ? "none: `viewer { account { id } }` for reference" : String.valueOf(memberships),
                        clients, admin, query);
            }
        }
    }

    private void raising() throws Exception {
        line("");
        line("## Raising an incident on Gold contracts (20 incidents each) vs its floor on the same store, same concurrency");
        line("Floor: the conditional take with its ledger line (`findOneAndUpdate`) plus the incident insert (`insertOne`), "
                + "sent with the MongoDB Java driver on contracts and incidents of the same shape.");
        line("");
        line("| clients | raises | raiseIncident/s | p50 ms | p99 ms | mean ms | MongoDB commands per raise | MongoDB wait ms per raise | floor/s | floor mean ms | take alone mean ms | raise / floor | raise / take | raise's MongoDB wait / floor |");
        line("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        for (int clients : Rows.sizes("benchmark.clients", List.of(1, 8))) {
            int perClient = clients == 1 ? RAISES_ONE_CLIENT : RAISES_PER_CLIENT_OF_EIGHT;
            BenchWorld.Raisers raisers = world.raisers(clients, perClient);
            FloorContracts floor = floorContracts(clients, perClient, true);
            FloorContracts takeOnly = floorContracts(clients, perClient, false);
            CommandStats.Snapshot before = CommandStats.INSTANCE.snapshot();
            Load.Result raise = Load.count(clients, perClient, raisers::raise);
            CommandStats.Snapshot spent = CommandStats.INSTANCE.snapshot().since(before);
            double commands = (double) spent.commands() / raise.calls();
            double waitMillis = spent.waitingNanos() / 1e6 / raise.calls();
            Load.Result both = Load.count(clients, perClient, floor::takeAndInsert);
            Load.Result take = Load.count(clients, perClient, takeOnly::takeAndInsert);
            line(String.format("| %d | %d | %.0f | %.2f | %.2f | %.2f | %.1f | %.2f | %.0f | %.2f | %.2f | **%.1f×** | %.1f× | %.1f× |",
                    clients, raise.calls(), raise.perSecond(), raise.p50Millis(), raise.p99Millis(), raise.meanMillis(), commands,
                    waitMillis, both.perSecond(), both.meanMillis(), take.meanMillis(), raise.meanMillis() / both.meanMillis(),
                    raise.meanMillis() / take.meanMillis(), waitMillis / both.meanMillis()));
        }
        line("");
        line("The store held " + store.getCollection("support_contracts").countDocuments()
                + " support contracts at the end, floor copies included.");
    }

    /** The same dashboard for two partners alike but for the history of their cloud contract: 10,000 incidents vs 5. */
    private void history() throws Exception {
        BenchWorld.Partner small = cloudPartner(5);
        BenchWorld.Partner large = cloudPartner(HISTORY);
        line("");
        line("## History: the dashboard of a partner whose unlimited contract holds 10,000 incidents vs one holding 5 (1 client)");
        rows.requestHeader("incidents on the contract");
        Load.Result five = rows.request(api, "5", 1, small.admin(), BenchWorld.DASHBOARD);
        Load.Result tenThousand = rows.request(api, String.format("%,d", HISTORY), 1, large.admin(), BenchWorld.DASHBOARD);
        line("");
        line(String.format("10,000 incidents / 5 incidents (mean latency): **%.2f×**", tenThousand.meanMillis() / five.meanMillis()));
    }

    /** A Gold partner whose unlimited cloud contract holds that many incidents (raised through the use case, not over HTTP). */
    private BenchWorld.Partner cloudPartner(int incidents) throws Exception {
        BenchWorld.Partner partner = world.partner("History");
        for (JsonNode benefit : world.grant(partner.id(), "GOLD_COMPETENCY", "Cloud Platform")) {
            JsonNode contract = world.activate(partner.admin(), benefit.get("id").asString());
            world.link(partner.admin(), contract);
            if (benefit.get("kind").asString().equals("SIGNATURE_CLOUD_SUPPORT")) {
                SupportContractId id = new SupportContractId(String.valueOf(store.getCollection("support_contracts")
                        .find(eq("accessId", contract.get("accessId").asString())).first().get("_id")));
                Viewer admin = world.service.getBean(IdentifyCallerUseCase.class).identify(new Caller(
                        new Login(BenchWorld.adminLogin(partner.id())), AccountKind.AAD, false));
                RaiseIncidentUseCase raising = world.service.getBean(RaiseIncidentUseCase.class);
                ProductId azure = new ProductId(decodedProduct());
                BenchWorld.parallel(8, incidents, n -> {
                    var raised = raising.raise(admin, RaiseIncidentUseCase.Command.of(new IncidentRequest(Optional.of(id),
                            Optional.empty(), azure, "current", "History " + n,
                            "A long-running contract's incident, seeded for the history benchmark.", Severity.C), "history-" + n));
                    if (raised instanceof Result.Refused<?, ?> refused) {
                        throw new IllegalStateException(refused.toString());
                    }
                    return null;
                });
            }
        }
        return partner;
    }

    /** The product's store ID, read back from the one incident raised on it. */
    private String decodedProduct() {
        return String.valueOf(store.getCollection("products").find(eq("name", "Azure")).first().get("_id"));
    }

    /** Contracts of the raise's shape, each client its own, and the floor's two writes on them with the driver. */
    private final class FloorContracts {
        private final List<List<Object>> contracts;
        private final Document contractShape;
        private final Document incidentShape;
        private final boolean insertIncident;

        FloorContracts(List<List<Object>> contracts, Document contractShape, Document incidentShape, boolean insertIncident) {
            this.contracts = contracts;
            this.contractShape = contractShape;
            this.incidentShape = incidentShape;
            this.insertIncident = insertIncident;
        }

        void takeAndInsert(int client, int call) {
            Object contract = contracts.get(client).get(call / GOLD_PRODUCT_INCIDENTS);
            String incident = UUID.randomUUID().toString();
            Document taken = store.getCollection("support_contracts").findOneAndUpdate(
                    and(eq("_id", contract), gt("incidentsRemaining", 0)),
                    Updates.combine(Updates.inc("incidentsRemaining", -1), Updates.push("usage", new Document("kind", "CONSUMED")
                            .append("incident", incident).append("account", "floor").append("at", new Date()))),
                    new FindOneAndUpdateOptions().projection(Projections.exclude("usage", "refunded"))
                            .returnDocument(ReturnDocument.AFTER));
            if (taken == null) {
                throw new IllegalStateException("floor contract exhausted");
            }
            if (insertIncident) {
                Document stored = new Document(incidentShape);
                stored.put("_id", incident);
                stored.put("contractId", contract);
                stored.put("idempotencyKey", incident);
                stored.put("raisedAt", new Date());
                store.getCollection("incidents").insertOne(stored);
            }
        }
    }

    /** Copies of a real Gold contract document (fresh IDs, empty ledger) in the service's own collection. */
    private FloorContracts floorContracts(int clients, int callsPerClient, boolean insertIncident) {
        MongoCollection<Document> contracts = store.getCollection("support_contracts");
        Document contractShape = contracts.find(and(eq("incidentsTotal", GOLD_PRODUCT_INCIDENTS),
                gt("incidentsRemaining", -1))).first();
        Document incidentShape = store.getCollection("incidents").find(eq("productVersion", "2022")).first();
        int perClient = (callsPerClient + GOLD_PRODUCT_INCIDENTS - 1) / GOLD_PRODUCT_INCIDENTS;
        List<List<Object>> ids = new ArrayList<>();
        List<Document> fresh = new ArrayList<>();
        for (int client = 0; client < clients; client++) {
            List<Object> own = new ArrayList<>();
            for (int i = 0; i < perClient; i++) {
                String id = "floor-" + UUID.randomUUID();
                Document copy = new Document(contractShape);
                copy.put("_id", id);
                copy.put("benefitId", id + ":MICROSOFT_PRODUCT_SUPPORT");
                copy.put("accessId", id + "-access");
                copy.put("contractId", id + "-contract");
                copy.put("incidentsRemaining", GOLD_PRODUCT_INCIDENTS);
                copy.put("usage", new ArrayList<>());
                copy.put("refunded", new ArrayList<>());
                fresh.add(copy);
                own.add(id);
            }
            ids.add(own);
        }
        contracts.insertMany(fresh);
        return new FloorContracts(ids, contractShape, incidentShape, insertIncident);
    }

    /** Per raised-on contract: taken = total - remaining must equal the stored incidents and the ledger's unreturned lines. */
    private long overConsumption() {
        List<Document> contracts = store.getCollection("support_contracts").find(in("accessId", world.raisedOn))
                .into(new ArrayList<>());
        Map<String, Integer> stored = new HashMap<>();
        for (Document group : store.getCollection("incidents").aggregate(List.of(
                new Document("$match", new Document("contractId", new Document("$in",
                        contracts.stream().map(contract -> String.valueOf(contract.get("_id"))).toList()))),
                new Document("$group", new Document("_id", "$contractId").append("n", new Document("$sum", 1)))))) {
            stored.put(String.valueOf(group.get("_id")), group.getInteger("n"));
        }
        long wrong = 0;
        for (Document contract : contracts) {
            int taken = contract.getInteger("incidentsTotal") - contract.getInteger("incidentsRemaining");
            List<Document> usage = contract.getList("usage", Document.class, List.of());
            long ledger = usage.stream().filter(line -> "CONSUMED".equals(line.getString("kind"))).count()
                    - usage.stream().filter(line -> "REFUNDED".equals(line.getString("kind"))).count();
            if (contract.getInteger("incidentsRemaining") < 0) {
                throw new IllegalStateException("count below zero on " + contract.get("_id"));
            }
            wrong += Math.abs(taken - stored.getOrDefault(String.valueOf(contract.get("_id")), 0)) + Math.abs(taken - ledger);
        }
        return wrong;
    }

    private void line(String text) {
        report.append(text).append(System.lineSeparator());
        System.out.println("BENCH " + text);
    }
}
