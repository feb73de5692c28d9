package com.partnerbenefits.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/** SPEC 5.1 under contention: every mutation succeeds or answers CONFLICT with when to retry, never INTERNAL_ERROR. */
class ContentionEndToEndTest extends EndToEndTest {

    static final int RACERS = 48;

    @Test
    void fortyEightConcurrentRotationsEachSucceedOrAnswerConflict() throws Exception {
        BackOffice.Partner contoso = backOffice.partner("Contoso");
        String admin = backOffice.globalAdmin(contoso);
        String gold = backOffice.activeMembership(contoso, "GOLD_COMPETENCY", "Cloud Platform");
        String contract = benefits.activated(admin, gold, "MICROSOFT_PRODUCT_SUPPORT").get("id").asString();

        List<GraphQlHttp.Response> answers = race(i -> api.post(admin, null, ContractControlsEndToEndTest.ROTATE, Map.of("c", contract)));

        assertEachSucceededOrConflicted(answers, "rotateContractCredentials", "contract");
    }

    @Test
    void fortyEightConcurrentVersionAdditionsEachSucceedOrAnswerConflict() throws Exception {
        String product = Incidents.product(api, "SQL Server", "ON_PREMISES", "[\"2019\"]");

        List<GraphQlHttp.Response> answers = race(i -> api.post(BackOfficeEndToEndTest.OPERATOR, null, """
                mutation($p: ID!, $v: String!) { addProductVersion(input: {productId: $p, version: $v}) {
                  product { id } userErrors { code message field } } }""", Map.of("p", product, "v", "v" + (3000 + i))));

        assertEachSucceededOrConflicted(answers, "addProductVersion", "product");
    }

    private static List<GraphQlHttp.Response> race(IntFunction<GraphQlHttp.Response> request) throws Exception {
        CyclicBarrier start = new CyclicBarrier(RACERS);
        ExecutorService pool = Executors.newFixedThreadPool(RACERS);
        try {
            List<Future<GraphQlHttp.Response>> running = new ArrayList<>();
            for (int i = 0; i < RACERS; i++) {
                int racer = i;
                running.add(pool.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    return request.apply(racer);
                }));
            }
            List<GraphQlHttp.Response> answers = new ArrayList<>();
            for (Future<GraphQlHttp.Response> answer : running) {
                answers.add(answer.get(120, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void assertEachSucceededOrConflicted(List<GraphQlHttp.Response> answers, String mutation, String result) {
        int succeeded = 0;
        for (GraphQlHttp.Response answer : answers) {
            assertThat(answer.body()).as("never an internal error").doesNotContain("INTERNAL_ERROR");
            if (answer.at("data." + mutation + ".userErrors").isEmpty()) {
                assertThat(answer.at("data." + mutation + "." + result).isObject()).as(answer.body()).isTrue();
                succeeded++;
                continue;
            }
            assertThat(answer.at("data." + mutation + ".userErrors.0.code").asString()).as(answer.body()).isEqualTo("CONFLICT");
            assertThat(answer.at("data." + mutation + ".userErrors.0.message").asString()).as("names when to retry")
                    .containsPattern("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d");
            assertThat(answer.at("errors.0.extensions.code").asString()).as(answer.body()).isEqualTo("CONFLICT");
            assertThat(answer.at("errors.0.extensions.retryAfterSeconds").asInt()).as(answer.body()).isPositive();
        }
        assertThat(succeeded).as("at least one wins").isPositive();
    }
}
