package com.partnerbenefits.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import tools.jackson.databind.JsonNode;

/**
 * No contract ever loses or gains an incident: 60 concurrent requests from 16 threads and 4 linked
 * accounts against a 20-incident contract take exactly 20, round after round, on one instance and on
 * two instances sharing the store; the count never goes below zero and the ledger explains it.
 */
class ExactConsumptionEndToEndTest extends EndToEndTest {

    private static final int REQUESTS = 60;
    private static final int THREADS = 16;
    private static final int ALLOWANCE = 20;

    @Autowired
    MongoConnectionDetails store;

    BackOffice.Partner contoso;
    String admin;
    String sql;
    List<String> engineers;

    @BeforeEach
    void aPartnerFourEngineersAndAProduct() {
        contoso = backOffice.partner("Contoso");
        admin = backOffice.globalAdmin(contoso);
        sql = Incidents.product(api, "SQL Server", "ON_PREMISES", "[\"2019\", \"2022\"]");
        engineers = IntStream.range(0, 4).mapToObj(i -> contoso.outsideMsaAccount("engineer" + i))
                .toList();
    }

    @Test
    void exactlyTheAllowanceIsTakenTwentyRoundsInARow() throws Exception {
        for (int round = 0; round < 20; round++) {
            assertExactConsumption(round, List.of(api));
        }
    }

    @Test
    void exactlyTheAllowanceIsTakenWithTwoInstancesSharingTheStore() throws Exception {
        try (SecondInstance second = SecondInstance.sharing(store)) {
            for (int round = 0; round < 5; round++) {
                assertExactConsumption(round, List.of(api, second.api));
            }
        }
    }

    private void assertExactConsumption(int round, List<GraphQlHttp> instances) throws Exception {
        String gold = backOffice.activeMembership(contoso, "GOLD_COMPETENCY", "Data Platform");
        JsonNode contract = benefits.activated(admin, gold, "MICROSOFT_PRODUCT_SUPPORT");
        engineers.forEach(engineer -> benefits.link(engineer, null, contract));

        List<String> codes = raiseAtOnce(instances, contract.get("id").asString(), round);

        assertThat(codes).as("round %d", round).filteredOn("OK"::equals).hasSize(ALLOWANCE);
        assertThat(codes).as("round %d", round).filteredOn(code -> !code.equals("OK")).hasSize(REQUESTS - ALLOWANCE)
                .containsOnly("NO_INCIDENTS_REMAINING");
        JsonNode after = api.post(admin, null, """
                query($id: ID!) { node(id: $id) { ... on SupportContract { incidentsRemaining status
                  incidents(first: 1) { totalCount } usage(first: 100) { totalCount edges { node { change } } } } } }""",
                Map.of("id", contract.get("id").asString())).at("data.node");
        int ledger = 0;
        for (JsonNode edge : after.get("usage").get("edges")) {
            ledger += edge.get("node").get("change").asInt();
        }
        assertThat(after.get("incidentsRemaining").asInt()).as("round %d", round).isZero();
        assertThat(after.get("status").asString()).isEqualTo("EXHAUSTED");
        assertThat(after.get("incidents").get("totalCount").asInt()).isEqualTo(ALLOWANCE);
        assertThat(ALLOWANCE + ledger).as("the ledger explains the count").isEqualTo(after.get("incidentsRemaining").asInt());
    }

    /** Answers "OK" or the refusal's code for each request. */
    private List<String> raiseAtOnce(List<GraphQlHttp> instances, String contractId, int round) throws Exception {
        CyclicBarrier together = new CyclicBarrier(THREADS);
        ExecutorService clients = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<List<String>>> threads = IntStream.range(0, THREADS).mapToObj(thread -> clients.submit(() -> {
                together.await();
                List<String> codes = new ArrayList<>();
                for (int request = thread; request < REQUESTS; request += THREADS) {
                    Incidents incidents = new Incidents(instances.get(request % instances.size()));
                    GraphQlHttp.Response answer = incidents.raise(engineers.get(request % engineers.size()), contractId, sql,
                            "2022", "round-" + round + "-request-" + request);
                    JsonNode errors = answer.at("data.raiseIncident.userErrors");
                    codes.add(errors.isEmpty() ? "OK" : errors.get(0).get("code").asString());
                }
                return codes;
            })).toList();
            List<String> codes = new ArrayList<>();
            for (Future<List<String>> thread : threads) {
                codes.addAll(thread.get());
            }
            return codes;
        } finally {
            clients.shutdownNow();
        }
    }
}
