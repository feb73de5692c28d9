package com.partnerbenefits.bootstrap.benchmark;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.partnerbenefits.adapter.mongo.MongoStores;
import com.partnerbenefits.bootstrap.PartnerBenefitsApplication;
import com.partnerbenefits.domain.contract.SupportContractId;
import com.partnerbenefits.domain.incident.Incident;
import com.partnerbenefits.domain.incident.IncidentId;
import com.partnerbenefits.domain.incident.IncidentRequest;
import com.partnerbenefits.domain.incident.Severity;
import com.partnerbenefits.domain.partner.AccountId;
import com.partnerbenefits.domain.product.ProductId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import tools.jackson.databind.JsonNode;

/**
 * The two hot paths measured against their floor, side by side in one run: the nested dashboard
 * against the time it waits on MongoDB, and raising an incident against a bare conditional
 * findAndModify on the same store. Run with {@code ./mvnw -B -Pbenchmark -pl bootstrap -am verify};
 * prints a table and writes it to {@code bootstrap/target/benchmark.md}. For investigations,
 * {@code -Dbenchmark.jvm.args="-Dbenchmark.dashboardOnly=true -Dbenchmark.clients=1"} measures only
 * the dashboards, with that many clients.
 */
class ServiceBenchmark {

    private static final Duration WARMUP = Duration.ofSeconds(2);
    private static final Duration MEASURED = Duration.ofSeconds(5);
    private static final int ALLOWANCE = 1_000_000;
    private static final String DASHBOARD = """
            { viewer { partner { name emptyBenefitsMessage
                memberships { id offer active benefits { id kind activated contract { accessId contractId status
                  incidentsRemaining incidents(first: 5) { totalCount edges { node { title status product { name } } } } } } }
                technicalBenefits { id contract { contractId } } } } }""";
    private static final String RAISE = """
            mutation($c: ID!, $p: ID!, $k: String!) { raiseIncident(input: {supportContractId: $c, productId: $p,
              productVersion: "2022", title: "Benchmark", severity: C, idempotencyKey: $k}) {
              incident { id } contract { incidentsRemaining } userErrors { code } } }""";

    private final StringBuilder report = new StringBuilder();
    private BenchApi api;
    private MongoTemplate mongo;
    private String product;
    private long peakRssKb;

    @Test
    void run() throws Exception {
        try (ConfigurableApplicationContext service = new SpringApplicationBuilder(PartnerBenefitsApplication.class,
                CommandStats.Probe.class).run("--server.port=0", "--benefits.embedded-mongo.in-memory=true",
                "--benefits.demo.enabled=false", "--benefits.rate-limit.mutations-per-window=0", "--logging.level.root=warn")) {
            api = new BenchApi(((WebServerApplicationContext) service).getWebServer().getPort());
            mongo = service.getBean(MongoTemplate.class);
            product = api.call(BenchApi.OPERATOR, "mutation { registerProduct(input: {name: \"SQL Server\", kind: ON_PREMISES, "
                    + "versions: [\"2019\", \"2022\"]}) { product { id } } }", Map.of()).at("/registerProduct/product/id").asString();
            warmUp();
            line("# Benchmark run " + Instant.now() + " on " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                    + Runtime.version());
            dashboards();
            if (!Boolean.getBoolean("benchmark.dashboardOnly")) {
                raising();
                memory(service.getBean(MongoStores.class));
            }
        }
        Path out = Path.of("target", "benchmark.md");
        Files.writeString(out, report);
        System.out.println(report);
    }

    /** Lets the JIT compile the hot paths before anything is measured. */
    private void warmUp() throws Exception {
        String admin = partnerWithDashboard(3);
        String token = BenchApi.token("warm-up@bench.example", false);
        Load.warm(8, Duration.ofSeconds(8), (client, call) -> api.post(client % 2 == 0 ? admin : token,
                client % 2 == 0 ? DASHBOARD : "{ viewer { account { id } } }", Map.of()));
    }

    private void dashboards() throws Exception {
        line("");
        line("## Dashboard query (memberships → benefits → contract → last 5 incidents → product), 8 clients");
        line("| memberships | requests/s | p50 ms | p99 ms | mean ms | MongoDB commands per request | MongoDB wait ms per request | latency / MongoDB wait |");
        line("|---|---|---|---|---|---|---|---|");
        for (int memberships : List.of(0, 1, 10, 100)) {
            String admin = memberships == 0 ? BenchApi.token("reference@bench.example", false) : partnerWithDashboard(memberships);
            String query = memberships == 0 ? "{ viewer { account { id } } }" : DASHBOARD;
            CommandStats.Snapshot before = CommandStats.INSTANCE.snapshot();
            api.post(admin, query, Map.of());
            long commandsPerRequest = CommandStats.INSTANCE.snapshot().since(before).commands();
            Load.warm(8, WARMUP, (client, call) -> api.post(admin, query, Map.of()));
            CommandStats.Snapshot start = CommandStats.INSTANCE.snapshot();
            Load.Result result = Load.measure(Integer.getInteger("benchmark.clients", 8), MEASURED, (client, call) -> {
                api.post(admin, query, Map.of());
                if (call % 50 == 0) {
                    peakRssKb = Math.max(peakRssKb, rssKb());
                }
            });
            CommandStats.Snapshot spent = CommandStats.INSTANCE.snapshot().since(start);
            double waitMillis = spent.waitingNanos() / 1e6 / result.calls();
            line(String.format("| %s | %.0f | %.1f | %.1f | %.2f | %d (%.1f measured) | %.2f | %.1f× |",
                    memberships == 0 ? "none: `viewer { account { id } }` for reference" : String.valueOf(memberships),
                    result.perSecond(), result.p50Millis(), result.p99Millis(), result.meanMillis(), commandsPerRequest,
                    (double) spent.commands() / result.calls(), waitMillis, result.meanMillis() / waitMillis));
        }
    }

    private void raising() throws Exception {
        line("");
        line("## Raising an incident vs a bare conditional findAndModify on the same store");
        line("| contracts | clients | raiseIncident/s | p50 ms | p99 ms | mean ms | bare findAndModify/s | bare mean ms | raise / bare (mean) |");
        line("|---|---|---|---|---|---|---|---|---|");
        String admin = BenchApi.token("bench-raiser@bench.example", false);
        List<String> checked = new ArrayList<>();
        for (boolean many : List.of(false, true)) {
            for (int clients : List.of(1, 8, 32)) {
                List<String> contracts = contracts(admin, many ? clients : 1);
                checked.addAll(contracts);
                Load.Result raise = Load.run(clients, WARMUP, MEASURED, (client, call) -> api.post(admin, RAISE,
                        Map.of("c", contracts.get(client % contracts.size()), "p", product, "k", UUID.randomUUID().toString())));
                List<String> bare = bareContracts(contracts.size());
                Load.Result baseline = Load.run(clients, WARMUP, MEASURED, (client, call) -> bareTake(bare.get(client % bare.size())));
                line(String.format("| %s | %d | %.0f | %.1f | %.1f | %.2f | %.0f | %.3f | %.1f× |", many ? "one per client" : "one",
                        clients, raise.perSecond(), raise.p50Millis(), raise.p99Millis(), raise.meanMillis(),
                        baseline.perSecond(), baseline.meanMillis(), raise.meanMillis() / baseline.meanMillis()));
            }
        }
        List<String> counters = bareContracts(8);
        Load.Result counterOnly = Load.run(8, WARMUP, MEASURED, (client, call) -> bareCount(counters.get(client)));
        List<String> ledgered = bareContracts(8);
        Load.Result withLedger = Load.run(8, WARMUP, MEASURED, (client, call) -> bareTake(ledgered.get(client)));
        line("");
        line(String.format("Cost of the ledger line in the same update (8 clients, one contract each): $inc alone %.0f/s, "
                + "mean %.3f ms; $inc + $push %.0f/s, mean %.3f ms. Each ledger grows by one line per incident, and the "
                + "embedded store copies the whole document on every update, so these synthetic million-incident contracts "
                + "slow down as they fill; a real contract holds at most 20 incidents.", counterOnly.perSecond(),
                counterOnly.meanMillis(), withLedger.perSecond(), withLedger.meanMillis()));
        line("");
        line("Over-consumption check over " + checked.size() + " contracts: " + overConsumption(admin, checked)
                + " incidents taken without a stored incident (must be 0); no count below zero.");
    }

    private void memory(MongoStores stores) throws Exception {
        System.gc();
        long before = usedHeapMb();
        SupportContractId contract = new SupportContractId("memory-benchmark");
        AtomicLong seeded = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> seeders = new ArrayList<>();
        for (int worker = 0; worker < 8; worker++) {
            int id = worker;
            seeders.add(pool.submit(() -> {
                for (int i = id; i < 100_000; i += 8) {
                    stores.incidents().addIfKeyFree(new Incident(new IncidentId(UUID.randomUUID().toString()),
                            new AccountId("memory-" + id), new IncidentRequest(Optional.of(contract), Optional.empty(),
                            new ProductId("sql"), "2022", "Seeded incident " + i, "Seeded to measure memory.", Severity.C),
                            com.partnerbenefits.domain.incident.IncidentStatus.OPEN, Instant.now(), "seed-" + i));
                    seeded.incrementAndGet();
                }
                return null;
            }));
        }
        for (Future<?> seeder : seeders) {
            seeder.get();
        }
        pool.shutdown();
        System.gc();
        long after = usedHeapMb();
        line("");
        line("## Memory (one JVM holds the service, the embedded in-memory store and the load clients)");
        line(String.format("- heap used after seeding %,d incidents: %d MB (%d MB before seeding them)", seeded.get(), after, before));
        line(String.format("- resident size under the dashboard load (peak VmRSS): %d MB", peakRssKb / 1024));
    }

    /** A partner whose memberships alternate Gold and Action Pack, every benefit activated, 5 incidents per product contract. */
    private String partnerWithDashboard(int memberships) throws Exception {
        String mpnId = String.valueOf(1_000_000 + memberships);
        String partner = api.call(BenchApi.OPERATOR, "mutation($m: String!) { registerPartner(input: {name: \"Bench\", mpnId: $m}) "
                + "{ partner { id } } }", Map.of("m", mpnId)).at("/registerPartner/partner/id").asString();
        String login = "admin-" + mpnId + "@bench.example";
        api.call(BenchApi.OPERATOR, "mutation($p: ID!, $l: String!) { registerAccount(input: {login: $l, kind: AAD, partnerId: $p, "
                + "roles: [GLOBAL_ADMIN], associations: [MPN]}) { account { id } } }", Map.of("p", partner, "l", login));
        String admin = BenchApi.token(login, false);
        for (int i = 0; i < memberships; i++) {
            boolean gold = i % 2 == 0;
            for (JsonNode benefit : grant(partner, gold ? "GOLD_COMPETENCY" : "ACTION_PACK", gold ? "Cloud Platform" : null)) {
                JsonNode contract = activate(admin, benefit.get("id").asString());
                if (benefit.get("kind").asString().equals("MICROSOFT_PRODUCT_SUPPORT")) {
                    link(admin, contract);
                    for (int n = 0; n < 5; n++) {
                        api.call(admin, RAISE, Map.of("c", contract.get("id").asString(), "p", product, "k", UUID.randomUUID().toString()));
                    }
                }
            }
        }
        return admin;
    }

    /** Product-support contracts linked to the account, topped up to a large synthetic allowance. */
    private List<String> contracts(String account, int count) throws Exception {
        String partner = api.call(BenchApi.OPERATOR, "mutation($m: String!) { registerPartner(input: {name: \"Raise\", mpnId: $m}) "
                + "{ partner { id } } }", Map.of("m", String.valueOf(2_000_000_000L + System.nanoTime() % 1_000_000_000L)))
                .at("/registerPartner/partner/id").asString();
        String login = "admin-" + partner.hashCode() + "@raise.example";
        api.call(BenchApi.OPERATOR, "mutation($p: ID!, $l: String!) { registerAccount(input: {login: $l, kind: AAD, partnerId: $p, "
                + "roles: [GLOBAL_ADMIN], associations: [MPN]}) { account { id } } }", Map.of("p", partner, "l", login));
        String admin = BenchApi.token(login, false);
        List<String> ids = new ArrayList<>();
        List<String> accessIds = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            JsonNode contract = activate(admin, grant(partner, "ACTION_PACK", null).get(0).get("id").asString());
            link(account, contract);
            ids.add(contract.get("id").asString());
            accessIds.add(contract.get("accessId").asString());
        }
        mongo.updateMulti(query(where("accessId").in(accessIds)), Update.update("incidentsTotal", ALLOWANCE)
                .set("incidentsRemaining", ALLOWANCE), "support_contracts");
        return ids;
    }

    private JsonNode grant(String partner, String offer, String area) throws Exception {
        Map<String, Object> variables = new java.util.HashMap<>(Map.of("p", partner, "o", offer,
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

    /** Contracts of the same shape in a collection of their own, taken from by the bare update. */
    private List<String> bareContracts(int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = "bare-" + UUID.randomUUID();
            mongo.insert(new Document("_id", id).append("incidentsRemaining", ALLOWANCE).append("incidentsTotal", ALLOWANCE)
                    .append("usage", new ArrayList<>()), "bare_contracts");
            ids.add(id);
        }
        return ids;
    }

    /** The floor: one conditional findAndModify that takes an incident and appends its ledger line. */
    private void bareTake(String contract) {
        Query take = query(where("_id").is(contract).and("incidentsRemaining").gt(0));
        take.fields().exclude("usage");
        Document taken = mongo.findAndModify(take, new Update().inc("incidentsRemaining", -1).push("usage",
                        new Document("kind", "CONSUMED").append("incident", UUID.randomUUID().toString()).append("at", new java.util.Date())),
                FindAndModifyOptions.options().returnNew(true), Document.class, "bare_contracts");
        if (taken == null) {
            throw new IllegalStateException("bare contract exhausted");
        }
    }

    /** The counter alone, without the ledger line: what the ledger costs. */
    private void bareCount(String contract) {
        Query take = query(where("_id").is(contract).and("incidentsRemaining").gt(0));
        take.fields().exclude("usage");
        if (mongo.findAndModify(take, new Update().inc("incidentsRemaining", -1), FindAndModifyOptions.options().returnNew(true),
                Document.class, "bare_contracts") == null) {
            throw new IllegalStateException("bare contract exhausted");
        }
    }

    /** Incidents taken but not stored, summed over the contracts; and a check that no count went below zero. */
    private long overConsumption(String account, List<String> contracts) throws Exception {
        long missing = 0;
        for (String contract : contracts) {
            JsonNode state = api.call(account, "query($id: ID!) { node(id: $id) { ... on SupportContract { incidentsRemaining "
                    + "incidentsTotal incidents(first: 1) { totalCount } } } }", Map.of("id", contract)).get("node");
            long taken = state.get("incidentsTotal").asLong() - state.get("incidentsRemaining").asLong();
            if (state.get("incidentsRemaining").asLong() < 0) {
                throw new IllegalStateException("count below zero on " + contract);
            }
            missing += Math.abs(taken - state.get("incidents").get("totalCount").asLong());
        }
        return missing;
    }

    private void line(String text) {
        report.append(text).append(System.lineSeparator());
    }

    private static long usedHeapMb() {
        Runtime runtime = Runtime.getRuntime();
        return (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
    }

    private static long rssKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (java.io.IOException | NumberFormatException unavailable) {
            // not Linux: reported as 0
        }
        return 0;
    }
}
