package com.partnerbenefits.bootstrap.benchmark;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.partnerbenefits.bootstrap.PartnerBenefitsApplication;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * A running service with its store, and what the benchmark does through its API to set up data: partners,
 * memberships, activations, links and raises. The rate limit stays on (its window is one of the raise's round trips),
 * set high enough never to refuse.
 */
final class BenchWorld implements AutoCloseable {

    static final int GOLD_PRODUCT_INCIDENTS = 20;
    static final String DASHBOARD = """
            { viewer { partner { name emptyBenefitsMessage
                memberships { id offer active benefits { id kind activated contract { accessId contractId status
                  incidentsRemaining incidents(first: 5) { totalCount edges { node { title status product { name } } } } } } }
                technicalBenefits { id contract { contractId } } } } }""";
    static final String REFERENCE = "{ viewer { account { id } } }";
    static final String RAISE = """
            mutation($c: ID!, $p: ID!, $v: String!, $k: String!) { raiseIncident(input: {supportContractId: $c, productId: $p,
              productVersion: $v, title: "Benchmark", severity: C, idempotencyKey: $k}) {
              incident { id } contract { incidentsRemaining } userErrors { code } } }""";

    final ConfigurableApplicationContext service;
    final BenchApi api;
    final MongoClient driver;
    final MongoDatabase store;
    final String product;
    final String cloudProduct;
    /** The Access IDs of every contract the benchmark raised on, for the over-consumption check. */
    final List<String> raisedOn = Collections.synchronizedList(new ArrayList<>());

    private BenchWorld(ConfigurableApplicationContext service) throws Exception {
        this.service = service;
        driver = MongoClients.create(service.getBean(MongoConnectionDetails.class).getConnectionString());
        store = driver.getDatabase("benefits");
        api = new BenchApi(((WebServerApplicationContext) service).getWebServer().getPort());
        product = registerProduct("SQL Server", "ON_PREMISES", "[\"2019\", \"2022\"]");
        cloudProduct = registerProduct("Azure", "CLOUD", "[\"current\"]");
    }

    /** The service on a random port, its store in memory unless {@code settings} say otherwise, no demo data. */
    static BenchWorld start(String... settings) throws Exception {
        Map<String, String> args = new LinkedHashMap<>();
        Stream.concat(Stream.of("--server.port=0", "--benefits.embedded-mongo.in-memory=true", "--benefits.demo.enabled=false",
                "--benefits.rate-limit.mutations-per-window=100000000", "--logging.level.root=warn"), Stream.of(settings))
                .forEach(setting -> args.put(setting.substring(0, setting.indexOf('=')), setting));
        return new BenchWorld(new SpringApplicationBuilder(PartnerBenefitsApplication.class, CommandStats.Probe.class)
                .run(args.values().toArray(String[]::new)));
    }

    String storeUri() {
        return service.getBean(MongoConnectionDetails.class).getConnectionString().getConnectionString();
    }

    @Override
    public void close() throws Exception {
        api.close();
        driver.close();
        service.close();
    }

    record Partner(String id, String admin) {
    }

    Partner partner(String name) throws Exception {
        return partner(name, String.valueOf(1_000_000_000L + Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 8_000_000_000L)));
    }

    Partner partner(String name, String mpnId) throws Exception {
        String partner = api.call(BenchApi.OPERATOR, "mutation($n: String!, $m: String!) { registerPartner(input: {name: $n, "
                + "mpnId: $m}) { partner { id } } }", Map.of("n", name, "m", mpnId)).at("/registerPartner/partner/id").asString();
        String admin = adminLogin(partner);
        account(partner, admin);
        return new Partner(partner, BenchApi.token(admin, false));
    }

    /** Registers a partner's MPN-associated admin account; answers its token. */
    String account(String partner, String login) throws Exception {
        api.call(BenchApi.OPERATOR, "mutation($p: ID!, $l: String!) { registerAccount(input: {login: $l, kind: AAD, partnerId: $p, "
                + "roles: [GLOBAL_ADMIN], associations: [MPN]}) { account { id } } }", Map.of("p", partner, "l", login));
        return BenchApi.token(login, false);
    }

    static String adminLogin(String partner) {
        return "admin-" + Integer.toHexString(partner.hashCode()) + "@bench.example";
    }

    /** A partner whose memberships alternate Gold and Action Pack, every benefit activated, 5 incidents per product contract. */
    Partner partnerWithDashboard(int memberships) throws Exception {
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

    private String registerProduct(String name, String kind, String versions) throws Exception {
        return api.call(BenchApi.OPERATOR, "mutation { registerProduct(input: {name: \"" + name + "\", kind: " + kind
                + ", versions: " + versions + "}) { product { id } } }", Map.of()).at("/registerProduct/product/id").asString();
    }

    JsonNode grant(String partner, String offer, String area) throws Exception {
        Map<String, Object> variables = new HashMap<>(Map.of("p", partner, "o", offer,
                "s", LocalDate.now().minusMonths(1).toString(), "e", LocalDate.now().plusYears(1).toString()));
        variables.put("a", area);
        return api.call(BenchApi.OPERATOR, "mutation($p: ID!, $o: MembershipOffer!, $a: String, $s: Date!, $e: Date!) { "
                + "grantMembership(input: {partnerId: $p, offer: $o, competencyArea: $a, startsOn: $s, endsOn: $e}) { "
                + "membership { benefits { id kind } } } }", variables).at("/grantMembership/membership/benefits");
    }

    JsonNode activate(String admin, String benefit) throws Exception {
        return api.call(admin, "mutation($b: ID!) { activateTechnicalBenefit(input: {benefitId: $b}) { benefit { contract "
                + "{ id accessId contractId } } } }", Map.of("b", benefit)).at("/activateTechnicalBenefit/benefit/contract");
    }

    void link(String account, JsonNode contract) throws Exception {
        api.call(account, "mutation($a: String!, $c: String!) { linkSupportContract(input: {accessId: $a, contractId: $c}) "
                + "{ outcome } }", Map.of("a", contract.get("accessId").asString(), "c", contract.get("contractId").asString()));
    }

    void raise(String account, String contract, String product, String version) throws Exception {
        JsonNode payload = api.call(account, RAISE, Map.of("c", contract, "p", product, "v", version, "k",
                UUID.randomUUID().toString())).get("raiseIncident");
        if (!payload.get("userErrors").isEmpty()) {
            throw new IllegalStateException(payload.toString());
        }
    }

    static JsonNode benefit(JsonNode benefits, String kind) {
        for (JsonNode benefit : benefits) {
            if (benefit.get("kind").asString().equals(kind)) {
                return benefit;
            }
        }
        throw new IllegalStateException("no " + kind + " in " + benefits);
    }

    /** Each client's account and its own Gold product-support contracts, enough for {@code raisesPerClient}. */
    final class Raisers {
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

    Raisers raisers(int clients, int raisesPerClient) throws Exception {
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

    interface Task {
        Object run(int n) throws Exception;
    }

    static void parallel(int threads, int tasks, Task task) throws Exception {
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
}
