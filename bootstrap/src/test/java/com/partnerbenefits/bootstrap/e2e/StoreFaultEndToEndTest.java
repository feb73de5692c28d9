package com.partnerbenefits.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerbenefits.application.port.in.ReconcileConsumptionsUseCase;
import com.partnerbenefits.bootstrap.PartnerBenefitsApplication;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The store goes away in the middle of a load and comes back: requests fail fast and cleanly, health
 * says DOWN, the service recovers without a restart, and the count still reconciles with the ledger.
 */
class StoreFaultEndToEndTest {

    private MongoServer store;
    private CuttableProxy proxy;
    private ConfigurableApplicationContext service;
    private GraphQlHttp api;
    private int port;

    @BeforeEach
    void aServiceBehindACuttableConnectionToItsStore() throws Exception {
        store = new MongoServer(new MemoryBackend());
        store.bind(new InetSocketAddress("127.0.0.1", 0));
        InetSocketAddress address = store.getLocalAddress();
        proxy = new CuttableProxy(address);
        service = new SpringApplicationBuilder(PartnerBenefitsApplication.class).run(
                "--spring.mongodb.uri=mongodb://127.0.0.1:" + proxy.port() + "/benefits", "--server.port=0",
                "--benefits.demo.enabled=false", "--benefits.store.timeout=1s", "--benefits.store.repair-grace=0s");
        port = ((WebServerApplicationContext) service).getWebServer().getPort();
        api = new GraphQlHttp(port);
    }

    @AfterEach
    void stopEverything() {
        service.close();
        proxy.close();
        store.shutdownNow();
    }

    @Test
    void requestsFailFastWhileTheStoreIsAwayAndTheServiceRecoversWithTheCountsReconciled() throws Exception {
        BackOffice backOffice = new BackOffice(api);
        Benefits benefits = new Benefits(api);
        BackOffice.Partner contoso = backOffice.partner("Contoso");
        String admin = backOffice.globalAdmin(contoso);
        String gold = backOffice.activeMembership(contoso, "GOLD_COMPETENCY", "Data Platform");
        JsonNode contract = benefits.activated(admin, gold, "MICROSOFT_PRODUCT_SUPPORT");
        benefits.link(admin, null, contract);
        String sql = Incidents.product(api, "SQL Server", "ON_PREMISES", "[\"2022\"]");
        Incidents incidents = new Incidents(api);

        AtomicBoolean loading = new AtomicBoolean(true);
        AtomicInteger raised = new AtomicInteger();
        List<String> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<Long> failureMillis = new java.util.concurrent.CopyOnWriteArrayList<>();
        ExecutorService clients = Executors.newFixedThreadPool(4);
        List<Future<?>> load = new ArrayList<>();
        for (int client = 0; client < 4; client++) {
            int id = client;
            load.add(clients.submit(() -> {
                for (int request = 0; loading.get() && raised.get() < 12; request++) {
                    long start = System.nanoTime();
                    GraphQlHttp.Response answer = incidents.raise(admin, contract.get("id").asString(), sql, "2022",
                            "load-" + id + "-" + request);
                    assertThat(answer.status()).isEqualTo(200);
                    if (answer.at("data.raiseIncident.incident.id").isString()) {
                        raised.incrementAndGet();
                    } else {
                        failures.add(answer.at("errors.0.extensions.code").asString() + "/"
                                + answer.at("errors.0.extensions.classification").asString());
                        failureMillis.add((System.nanoTime() - start) / 1_000_000);
                        assertThat(answer.body()).doesNotContain("Exception").doesNotContain("mongo");
                    }
                }
            }));
        }
        while (raised.get() < 4) {
            Thread.sleep(5);
        }
        proxy.cut();
        Thread.sleep(3_000);
        HttpResponse<String> healthWhileAway = health();
        loading.set(false);
        for (Future<?> client : load) {
            client.get();
        }
        clients.shutdown();

        assertThat(failures).isNotEmpty().allMatch(code -> code.equals("STORE_UNAVAILABLE/INTERNAL_ERROR"));
        assertThat(failureMillis).allMatch(millis -> millis < 5_000);
        assertThat(healthWhileAway.statusCode()).isEqualTo(503);
        assertThat(healthWhileAway.body()).contains("DOWN");

        proxy.restore();
        awaitHealthy();
        GraphQlHttp.Response after = incidents.raise(admin, contract.get("id").asString(), sql, "2022", "after-the-outage");
        assertThat(after.at("data.raiseIncident.userErrors").size()).as(after.body()).isZero();
        service.getBean(ReconcileConsumptionsUseCase.class).reconcile();

        JsonNode state = api.post(admin, null, """
                query($id: ID!) { node(id: $id) { ... on SupportContract { incidentsRemaining
                  incidents(first: 1) { totalCount } usage(first: 100) { edges { node { change } } } } } }""",
                Map.of("id", contract.get("id").asString())).at("data.node");
        int ledger = 0;
        for (JsonNode edge : state.get("usage").get("edges")) {
            ledger += edge.get("node").get("change").asInt();
        }
        int stored = state.get("incidents").get("totalCount").asInt();
        assertThat(20 + ledger).as("the ledger explains the count").isEqualTo(state.get("incidentsRemaining").asInt());
        assertThat(state.get("incidentsRemaining").asInt()).as("every incident taken is a stored incident").isEqualTo(20 - stored);
    }

    private HttpResponse<String> health() throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/actuator/health")).timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private void awaitHealthy() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (health().statusCode() != 200) {
            assertThat(System.nanoTime()).as("recovered within 20 s").isLessThan(deadline);
            Thread.sleep(200);
        }
    }
}
