package com.partnerbenefits.bootstrap.benchmark;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
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
import com.partnerbenefits.bootstrap.PartnerBenefitsApplication;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
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
 * <li>Startup of {@code java -jar} to the first answered request.</li>
 * </ul>
 * Requests go over keep-alive connections, one per client ({@link KeepAliveConnection}).
 * For investigations, {@code -Dbenchmark.jvm.args="-Dbenchmark.only=raising"} runs one part
 * ({@code startup}, {@code dashboards}, {@code raising} or {@code history}); {@code -Dbenchmark.memberships=1} and
 * {@code -Dbenchmark.clients=1} narrow the rows, {@code -Dbenchmark.warmup.first-ms}, {@code -Dbenchmark.warmup.ms}
 * and {@code -Dbenchmark.warmup.contracts} set the warm-ups.
 */
class ServiceBenchmark {

    // Steady state: the JIT compiles the stack's hot paths only after thousands of requests on these two cores; with
    // a few seconds of warm-up every latency measured was about 2.5 times its steady state (docs/benchmarks.md).
    private static final Duration FIRST_WARMUP = Duration.ofMillis(Long.getLong("benchmark.warmup.first-ms", 20_000));
    private static final int WARMUP_CONTRACTS_PER_CLIENT = Integer.getInteger("benchmark.warmup.contracts", 25);
    private static final Duration WARMUP = Duration.ofMillis(Long.getLong("benchmark.warmup.ms", 3000));
    private static final Duration MEASURED = Duration.ofSeconds(3);
    private static final int GOLD_PRODUCT_INCIDENTS = 20;
    private static final int RAISES_ONE_CLIENT = 600;
    private static final int RAISES_PER_CLIENT_OF_EIGHT = 200;
    private static final int HISTORY = 10_000;
    private static final String DASHBOARD = """
            { viewer { partner { name emptyBenefitsMessage
                memberships { id offer active benefits { id kind activated contract { accessId contractId status
                  incidentsRemaining incidents(first: 5) { totalCount edges { node { title status product { name } } } } } } }
                technicalBenefits { id contract { contractId } } } } }""";
    private static final String RAISE = """
            mutation($c: ID!, $p: ID!, $v: String!, $k: String!) { raiseIncident(input: {supportContractId: $c, productId: $p,
              productVersion: $v, title: "Benchmark", severity: C, idempotencyKey: $k}) {
              incident { id } contract { incidentsRemaining } userErrors { code } } }""";

    private final StringBuilder report = new StringBuilder();
    private final List<String> raisedOn = Collections.synchronizedList(new ArrayList<>());
    private BenchApi api;
    private MongoDatabase store;
    private String product;
    private String cloudProduct;
    private ConfigurableApplicationContext service;

    @Test
    void run() throws Exception {
        String only = System.getProperty("benchmark.only", "");
        Optional<Long> startup = only.isEmpty() || only.equals("startup") ? Startup.measure() : Optional.empty();
        // the rate limit stays on (its window is one of the raise's round trips), set high enough never to refuse
        try (ConfigurableApplicationContext running = new SpringApplicationBuilder(PartnerBenefitsApplication.class,
                CommandStats.Probe.class).run("--server.port=0", "--benefits.embedded-mongo.in-memory=true",
                "--benefits.demo.enabled=false", "--benefits.rate-limit.mutations-per-window=100000000",
                "--logging.level.root=warn");
                MongoClient driver = MongoClients.create(running.getBean(MongoConnectionDetails.class).getConnectionString())) {
            service = running;
            api = new BenchApi(((WebServerApplicationContext) running).getWebServer().getPort());
            store = driver.getDatabase("benefits");
            product = registerProduct("SQL Server", "ON_PREMISES", "[\"2019\", \"2022\"]");
            cloudProduct = registerProduct("Azure", "CLOUD", "[\"current\"]");
            warmUp();
            line("# Benchmark run " + Instant.now() + " on " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                    + Runtime.version());
            if (only.isEmpty() || only.equals("dashboards")) {
                dashboards();
            }
            if (only.isEmpty() || only.equals("raising")) {
                raising();
            }
            if (only.isEmpty() || only.equals("history")) {
                history();
            }
            api.close();
            line("");
            line("## Startup and exactness");
            line("- startup of the embedded default, `java -jar` to the first answered request: "
                    + startup.map(ms -> String.format("%.1f s", ms / 1000.0)).orElse("not measured (jar not built)"));
            line("- over-consumption over " + raisedOn.size() + " raised-on contracts: " + overConsumption()
                    + " (incidents taken without a stored incident, or ledger lines disagreeing with the count; must be 0)");
        }
        Path out = Path.of("target", "benchmark.md");
        Files.writeString(out, report);
        System.out.println(report);
    }

    /** The sizes a row runs for, or those named by the system property (a comma-separated list, for investigations). */
    private static List<Integer> sizes(String property, List<Integer> all) {
        String named = System.getProperty(property, "");
        return named.isEmpty() ? all : Arrays.stream(named.split(",")).map(String::trim).map(Integer::valueOf).toList();
    }

    /** Lets the JIT compile the hot paths before anything is measured. */
    private void warmUp() throws Exception {
        Partner partner = partnerWithDashboard(3);
        Load.warm(4, FIRST_WARMUP, (client, call) -> api.post(partner.admin(), DASHBOARD, Map.of()));
        int raises = WARMUP_CONTRACTS_PER_CLIENT * GOLD_PRODUCT_INCIDENTS;
        Load.count(4, raises, raisers(4, raises)::raise);
        Load.count(4, raises, floorContracts(4, raises, true)::takeAndInsert);
    }

    private void dashboards() throws Exception {
        line("");
        line("## Dashboard query (memberships → benefits → contract → last 5 incidents → product)");
        line("| memberships | clients | requests/s | p50 ms | p99 ms | mean ms | MongoDB commands per request | MongoDB wait ms per request | latency / MongoDB wait |");
        line("|---|---|---|---|---|---|---|---|---|");
        for (int memberships : sizes("benchmark.memberships", List.of(0, 1, 10, 100))) {
            String admin = memberships == 0 ? BenchApi.token("reference@bench.example", false) : partnerWithDashboard(memberships).admin();
            String query = memberships == 0 ? "{ viewer { account { id } } }" : DASHBOARD;
            for (int clients : sizes("benchmark.clients", List.of(1, 8))) {
                dashboardRow(memberships == 0 ? "none: `viewer { account { id } }` for reference" : String.valueOf(memberships),
                        clients, admin, query);
            }
        }
    }

    private Load.Result dashboardRow(String label, int clients, String admin, String query) throws Exception {
        CommandStats.Snapshot before = CommandStats.INSTANCE.snapshot();
        api.post(admin, query, Map.of());
        long commandsPerRequest = CommandStats.INSTANCE.snapshot().since(before).commands();
        Load.warm(clients, WARMUP, (client, call) -> api.post(admin, query, Map.of()));
        CommandStats.Snapshot start = CommandStats.INSTANCE.snapshot();
        Load.Result result = Load.measure(clients, MEASURED, (client, call) -> api.post(admin, query, Map.of()));
        CommandStats.Snapshot spent = CommandStats.INSTANCE.snapshot().since(start);
        double waitMillis = spent.waitingNanos() / 1e6 / result.calls();
        line(String.format("| %s | %d | %.0f | %.2f | %.2f | %.2f | %d (%.1f measured) | %.2f | %.1f× |", label, clients,
                result.perSecond(), result.p50Millis(), result.p99Millis(), result.meanMillis(), commandsPerRequest,
                (double) spent.commands() / result.calls(), waitMillis, result.meanMillis() / waitMillis));
        return result;
    }

    private void raising() throws Exception {
        line("");
        line("## Raising an incident on Gold contracts (20 incidents each) vs its floor on the same store, same concurrency");
        line("Floor: the conditional take with its ledger line (`findOneAndUpdate`) plus the incident insert (`insertOne`), "
                + "sent with the MongoDB Java driver on contracts and incidents of the same shape.");
        line("");
        line("| clients | raises | raiseIncident/s | p50 ms | p99 ms | mean ms | MongoDB commands per raise | MongoDB wait ms per raise | floor/s | floor mean ms | take alone mean ms | raise / floor | raise / take | raise's MongoDB wait / floor |");
        line("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        for (int clients : sizes("benchmark.clients", List.of(1, 8))) {
            int perClient = clients == 1 ? RAISES_ONE_CLIENT : RAISES_PER_CLIENT_OF_EIGHT;
            Raisers raisers = raisers(clients, perClient);
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
        Partner small = cloudPartner(5);
        Partner large = cloudPartner(HISTORY);
        line("");
        line("## History: the dashboard of a partner whose unlimited contract holds 10,000 incidents vs one holding 5 (1 client)");
        line("| incidents on the contract | clients | requests/s | p50 ms | p99 ms | mean ms | MongoDB commands per request | MongoDB wait ms per request | latency / MongoDB wait |");
        line("|---|---|---|---|---|---|---|---|---|");
        Load.Result five = dashboardRow("5", 1, small.admin(), DASHBOARD);
        Load.Result tenThousand = dashboardRow(String.format("%,d", HISTORY), 1, large.admin(), DASHBOARD);
        line("");
        line(String.format("10,000 incidents / 5 incidents (mean latency): **%.2f×**", tenThousand.meanMillis() / five.meanMillis()));
    }

    private record Partner(String id, String admin) {
    }

    /** A partner whose memberships alternate Gold and Action Pack, every benefit activated, 5 incidents per product contract. */
    private Partner partnerWithDashboard(int memberships) throws Exception {
        Partner partner = partner("Bench");
        for (int i = 0; i < memberships; i++) {
            boolean gold = i % 2 == 0;
            for (JsonNode benefit : grant(partner.id(), gold ? "GOLD_COMPETENCY" : "ACTION_PACK", gold ? "Cloud Platform" : null)) {
                JsonNode contract = activate(partner.admin(), benefit.get("id").asString());
                if (benefit.get("kind").asString().equals("MICROSOFT_PRODUCT_SUPPORT")) {
                    link(partner.admin(), contract);
                    for (int n = 0; n < 5; n++) {
                        raise(partner.admin(), contract.get("id").asString(), product, "2022");
                    }
                }
            }
        }
        return partner;
    }

    /** A Gold partner whose unlimited cloud contract holds that many incidents (raised through the use case, not over HTTP). */
    private Partner cloudPartner(int incidents) throws Exception {
        Partner partner = partner("History");
        for (JsonNode benefit : grant(partner.id(), "GOLD_COMPETENCY", "Cloud Platform")) {
            JsonNode contract = activate(partner.admin(), benefit.get("id").asString());
            link(partner.admin(), contract);
            if (benefit.get("kind").asString().equals("SIGNATURE_CLOUD_SUPPORT")) {
                SupportContractId id = new SupportContractId(String.valueOf(store.getCollection("support_contracts")
                        .find(eq("accessId", contract.get("accessId").asString())).first().get("_id")));
                Viewer admin = service.getBean(IdentifyCallerUseCase.class).identify(new Caller(
                        new Login(adminLogin(partner.id())), AccountKind.AAD, false));
                RaiseIncidentUseCase raising = service.getBean(RaiseIncidentUseCase.class);
                ProductId azure = new ProductId(decodedProduct());
                parallel(8, incidents, n -> {
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

    private static JsonNode benefit(JsonNode benefits, String kind) {
        for (JsonNode benefit : benefits) {
            if (benefit.get("kind").asString().equals(kind)) {
                return benefit;
            }
        }
        throw new IllegalStateException("no " + kind + " in " + benefits);
    }

    /** The product's store ID, read back from the one incident raised on it. */
    private String decodedProduct() {
        return String.valueOf(store.getCollection("products").find(eq("name", "Azure")).first().get("_id"));
    }

    /** Each client's account and its own Gold product-support contracts, enough for {@code raisesPerClient}. */
    private final class Raisers {
        private final List<String> tokens;
        private final List<List<String>> contracts;

        Raisers(List<String> tokens, List<List<String>> contracts) {
            this.tokens = tokens;
            this.contracts = contracts;
        }

        void raise(int client, int call) throws Exception {
            String body = api.post(tokens.get(client), RAISE, Map.of("c", contracts.get(client).get(call / GOLD_PRODUCT_INCIDENTS),
                    "p", product, "v", "2022", "k", UUID.randomUUID().toString()));
            if (!body.contains("\"userErrors\":[]")) {
                throw new IllegalStateException(body);
            }
        }
    }

    private Raisers raisers(int clients, int raisesPerClient) throws Exception {
        Partner partner = partner("Raise");
        int perClient = (raisesPerClient + GOLD_PRODUCT_INCIDENTS - 1) / GOLD_PRODUCT_INCIDENTS;
        List<String> tokens = new ArrayList<>();
        List<List<String>> contracts = new ArrayList<>();
        for (int client = 0; client < clients; client++) {
            tokens.add(BenchApi.token("raiser-" + UUID.randomUUID() + "@bench.example", false));
            contracts.add(Collections.synchronizedList(new ArrayList<>()));
        }
        parallel(8, clients * perClient, n -> {
            JsonNode productSupport = benefit(grant(partner.id(), "GOLD_COMPETENCY", "Cloud Platform"), "MICROSOFT_PRODUCT_SUPPORT");
            JsonNode contract = activate(partner.admin(), productSupport.get("id").asString());
            link(tokens.get(n % clients), contract);
            contracts.get(n % clients).add(contract.get("id").asString());
            raisedOn.add(contract.get("accessId").asString());
            return null;
        });
        return new Raisers(tokens, contracts);
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
        List<Document> contracts = store.getCollection("support_contracts").find(in("accessId", raisedOn))
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

    private Partner partner(String name) throws Exception {
        String mpnId = String.valueOf(1_000_000_000L + Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 8_000_000_000L));
        String partner = api.call(BenchApi.OPERATOR, "mutation($n: String!, $m: String!) { registerPartner(input: {name: $n, "
                + "mpnId: $m}) { partner { id } } }", Map.of("n", name, "m", mpnId)).at("/registerPartner/partner/id").asString();
        api.call(BenchApi.OPERATOR, "mutation($p: ID!, $l: String!) { registerAccount(input: {login: $l, kind: AAD, partnerId: $p, "
                + "roles: [GLOBAL_ADMIN], associations: [MPN]}) { account { id } } }", Map.of("p", partner, "l", adminLogin(partner)));
        return new Partner(partner, BenchApi.token(adminLogin(partner), false));
    }

    private static String adminLogin(String partner) {
        return "admin-" + Integer.toHexString(partner.hashCode()) + "@bench.example";
    }

    private String registerProduct(String name, String kind, String versions) throws Exception {
        return api.call(BenchApi.OPERATOR, "mutation { registerProduct(input: {name: \"" + name + "\", kind: " + kind
                + ", versions: " + versions + "}) { product { id } } }", Map.of()).at("/registerProduct/product/id").asString();
    }

    private JsonNode grant(String partner, String offer, String area) throws Exception {
        Map<String, Object> variables = new HashMap<>(Map.of("p", partner, "o", offer,
                "s", LocalDate.now().minusMonths(1).toString(), "e", LocalDate.now().plusYears(1).toString()));
        variables.put("a", area);
        return api.call(BenchApi.OPERATOR, "mutation($p: ID!, $o: MembershipOffer!, $a: String, $s: Date!, $e: Date!) { "
                + "grantMembership(input: {partnerId: $p, offer: $o, competencyArea: $a, startsOn: $s, endsOn: $e}) { "
                + "membership { benefits { id kind } } } }", variables).at("/grantMembership/membership/benefits");
    }

    private JsonNode activate(String admin, String benefit) throws Exception {
        return api.call(admin, "mutation($b: ID!) { activateTechnicalBenefit(input: {benefitId: $b}) { benefit { contract "
                + "{ id accessId contractId } } } }", Map.of("b", benefit)).at("/activateTechnicalBenefit/benefit/contract");
    }

    private void link(String account, JsonNode contract) throws Exception {
        api.call(account, "mutation($a: String!, $c: String!) { linkSupportContract(input: {accessId: $a, contractId: $c}) "
                + "{ outcome } }", Map.of("a", contract.get("accessId").asString(), "c", contract.get("contractId").asString()));
    }

    private void raise(String account, String contract, String product, String version) throws Exception {
        JsonNode payload = api.call(account, RAISE, Map.of("c", contract, "p", product, "v", version, "k",
                UUID.randomUUID().toString())).get("raiseIncident");
        if (!payload.get("userErrors").isEmpty()) {
            throw new IllegalStateException(payload.toString());
        }
    }

    private interface Task {
        Object run(int n) throws Exception;
    }

    private static void parallel(int threads, int tasks, Task task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int n = 0; n < tasks; n++) {
                int id = n;
                running.add(pool.submit(() -> task.run(id)));
            }
            for (Future<?> each : running) {
                each.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private void line(String text) {
        report.append(text).append(System.lineSeparator());
        System.out.println("BENCH " + text);
    }
}
