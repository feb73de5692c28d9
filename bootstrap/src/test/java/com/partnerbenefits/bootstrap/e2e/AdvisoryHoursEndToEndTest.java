package com.partnerbenefits.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
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
 * SPEC 5.5 advisory hours end to end: the operator grants them with a membership; the partner's accounts
 * reserve them exactly at request, a support engineer completes in half hours, a withdrawal gives back all;
 * two instances sharing the store never reserve more hours than were granted, and a completion and a
 * withdrawal racing settle once.
 */
class AdvisoryHoursEndToEndTest extends EndToEndTest {

    static final String SUPPORT = SupportDeskEndToEndTest.SUPPORT;

    static final String REQUEST = """
            mutation($m: ID!, $h: Int!, $k: String!) { requestAdvisory(input: {membershipId: $m, topic: "Landing zone",
              description: "Review our design", hours: $h, idempotencyKey: $k}) {
              advisory { id status hoursReserved } advisoryHours { total remaining } userErrors { code message field } } }""";

    static final String COMPLETE = """
            mutation($a: ID!, $h: Float!) { completeAdvisory(input: {advisoryId: $a, hoursUsed: $h}) {
              advisory { id status hoursUsed } advisoryHours { remaining } userErrors { code message } } }""";

    static final String WITHDRAW = """
            mutation($a: ID!) { withdrawAdvisory(input: {advisoryId: $a}) {
              advisory { id status } advisoryHours { remaining } userErrors { code message } } }""";

    static final String HOURS = """
            query($m: ID!) { node(id: $m) { ... on Membership { advisoryHours { total remaining }
              advisories(first: 40) { totalCount pageInfo { hasNextPage } nodes { id status hoursReserved hoursUsed
                ledger { kind change } } } } } }""";

    @Autowired
    MongoConnectionDetails store;

    BackOffice.Partner partner;
    String admin;
    String member;
    String membership;

    @BeforeEach
    void aPartnerWithTenAdvisoryHours() {
        partner = backOffice.partner("Advised");
        admin = backOffice.globalAdmin(partner);
        member = backOffice.member(partner, "dev", "", "MPN");
        membership = grant(10);
    }

    private String grant(int hours) {
        Map<String, Object> variables = new HashMap<>(Map.of("p", partner.id(), "s", BackOffice.TODAY.minusMonths(1).toString(),
                "e", BackOffice.TODAY.plusYears(1).toString(), "h", hours));
        GraphQlHttp.Response granted = api.post(BackOfficeEndToEndTest.OPERATOR, null, """
                mutation($p: ID!, $s: Date!, $e: Date!, $h: Int) { grantMembership(input: {partnerId: $p, offer: ACTION_PACK,
                  startsOn: $s, endsOn: $e, advisoryHours: $h}) { membership { id advisoryHours { total remaining } }
                  userErrors { code } } }""", variables);
        assertThat(granted.at("data.grantMembership.membership.advisoryHours.total").asDouble()).as(granted.body()).isEqualTo(hours);
        return granted.at("data.grantMembership.membership.id").asString();
    }

    private GraphQlHttp.Response request(GraphQlHttp instance, String token, String language, int hours, String key) {
        return instance.post(token, language, REQUEST, Map.of("m", membership, "h", hours, "k", key));
    }

    @Test
    void hoursAreReservedAtRequestSettledInHalfHoursAtCompletionAndGivenBackAtWithdrawal() {
        JsonNode first = request(api, member, null, 6, "a-1").at("data.requestAdvisory");
        assertThat(first.at("/advisoryHours/remaining").asDouble()).as(first.toString()).isEqualTo(4);
        assertThat(request(api, member, null, 6, "a-1").at("data.requestAdvisory.advisory.id").asString())
                .as("a replayed key answers the first request").isEqualTo(first.at("/advisory/id").asString());
        GraphQlHttp.Response tooMany = request(api, member, null, 5, "a-2");
        assertThat(tooMany.at("data.requestAdvisory.userErrors/0/code").asString()).isEqualTo("NO_HOURS_REMAINING");
        assertThat(tooMany.at("data.requestAdvisory.userErrors/0/message").asString()).contains("Technical Presales and Deployment")
                .contains("4 hours remain");
        assertThat(request(api, member, "ja", 5, "a-2").at("data.requestAdvisory.userErrors/0/message").asString())
                .contains("テクニカル プリセールスおよびデプロイ サービス");
        assertThat(request(api, member, "pt-BR", 5, "a-2").at("data.requestAdvisory.userErrors/0/message").asString())
                .contains("Serviços técnicos de pré-vendas e implantação");
        assertThat(request(api, SUPPORT, null, 1, "a-3").at("data.requestAdvisory.userErrors/0/code").asString())
                .isEqualTo("NOT_AUTHORIZED");
        String second = request(api, admin, null, 3, "a-4").at("data.requestAdvisory.advisory.id").asString();

        String advisory = first.at("/advisory/id").asString();
        assertThat(api.post(member, null, COMPLETE, Map.of("a", advisory, "h", 1.0)).at("data.completeAdvisory.userErrors/0/code")
                .asString()).isEqualTo("NOT_AUTHORIZED");
        JsonNode completed = api.post(SUPPORT, null, COMPLETE, Map.of("a", advisory, "h", 2.2)).at("data.completeAdvisory");
        assertThat(completed.at("/advisory/hoursUsed").asDouble()).as(completed.toString()).isEqualTo(2.5);
        assertThat(completed.at("/advisoryHours/remaining").asDouble()).isEqualTo(4.5);
        assertThat(api.post(member, null, WITHDRAW, Map.of("a", advisory)).at("data.withdrawAdvisory.userErrors/0/code").asString())
                .isEqualTo("ADVISORY_SETTLED");
        assertThat(api.post(admin, null, WITHDRAW, Map.of("a", second)).at("data.withdrawAdvisory.advisoryHours.remaining")
                .asDouble()).isEqualTo(7.5);

        GraphQlHttp.Response read = api.post(member, null, HOURS, Map.of("m", membership));
        JsonNode hours = read.at("data.node");
        assertThat(hours.at("/advisoryHours/total").asDouble()).as(read.body()).isEqualTo(10);
        assertThat(hours.at("/advisoryHours/remaining").asDouble()).isEqualTo(7.5);
        assertThat(hours.at("/advisories/nodes").findValuesAsString("status")).containsExactly("WITHDRAWN", "COMPLETED");
        assertThat(hours.at("/advisories/totalCount").asInt()).isEqualTo(2);
        assertThat(hours.at("/advisories/nodes/1/ledger").findValuesAsString("kind")).containsExactly("RESERVED", "UNUSED");
        assertThat(10 + ledgerSum(hours)).as("the ledger explains the count").isEqualTo(7.5);
        assertThat(api.post(SUPPORT, null, HOURS, Map.of("m", membership)).body()).doesNotContain("RESERVED");
    }

    @Test
    void twoInstancesTimesFortyConcurrentRequestsNeverReserveMoreThanTheTenHoursAndRacingSettlementsSettleOnce() throws Exception {
        try (SecondInstance second = SecondInstance.sharing(store)) {
            List<GraphQlHttp> instances = List.of(api, second.api);
            List<JsonNode> answers = atOnce(80, i -> () -> answered(request(instances.get(i % 2), i % 3 == 0 ? admin : member, null, 1,
                    "race-" + i), "requestAdvisory"));

            List<String> reserved = answers.stream().filter(a -> a.get("userErrors").isEmpty())
                    .map(a -> a.at("/advisory/id").asString()).toList();
            assertThat(reserved).hasSize(10);
            assertThat(answers.stream().filter(a -> !a.get("userErrors").isEmpty()).map(a -> a.at("/userErrors/0/code").asString()))
                    .hasSize(70).containsOnly("NO_HOURS_REMAINING");
            JsonNode exhausted = api.post(member, null, HOURS, Map.of("m", membership)).at("data.node");
            assertThat(exhausted.at("/advisoryHours/remaining").asDouble()).isZero();
            assertThat(10 + ledgerSum(exhausted)).isZero();

            List<JsonNode> settlements = atOnce(20, i -> () -> i % 2 == 0
                    ? answered(instances.get(0).post(SUPPORT, null, COMPLETE, Map.of("a", reserved.get(i / 2), "h", 0.4))
                            , "completeAdvisory")
                    : answered(instances.get(1).post(admin, null, WITHDRAW, Map.of("a", reserved.get(i / 2))), "withdrawAdvisory"));

            assertThat(settlements.stream().filter(s -> s.get("userErrors").isEmpty())).hasSize(10);
            assertThat(settlements.stream().filter(s -> !s.get("userErrors").isEmpty()).map(s -> s.at("/userErrors/0/code").asString()))
                    .hasSize(10).containsOnly("ADVISORY_SETTLED");
            JsonNode settled = api.post(member, null, HOURS, Map.of("m", membership)).at("data.node");
            long completed = settled.at("/advisories/nodes").findValuesAsString("status").stream().filter("COMPLETED"::equals).count();
            assertThat(settled.at("/advisoryHours/remaining").asDouble()).as("half an hour charged per completion")
                    .isEqualTo(10 - completed * 0.5);
            assertThat(10 + ledgerSum(settled)).isEqualTo(settled.at("/advisoryHours/remaining").asDouble());
            for (JsonNode advisory : settled.at("/advisories/nodes")) {
                assertThat(advisory.get("ledger")).as("reserved once, given back once").hasSize(2);
            }
        }
    }

    /** The mutation's payload; a request answered without one (an error) fails the test with its body. */
    private static JsonNode answered(GraphQlHttp.Response response, String mutation) {
        JsonNode payload = response.at("data." + mutation);
        assertThat(payload.isObject()).as(response.body()).isTrue();
        return payload;
    }

    private static double ledgerSum(JsonNode membership) {
        double sum = 0;
        for (JsonNode advisory : membership.at("/advisories/nodes")) {
            for (JsonNode line : advisory.get("ledger")) {
                sum += line.get("change").asDouble();
            }
        }
        return sum;
    }

    private interface Task {
        Callable<JsonNode> of(int i);
    }

    /** Runs {@code count} calls at once, all released together; answers them in order. */
    private static List<JsonNode> atOnce(int count, Task task) throws Exception {
        CyclicBarrier together = new CyclicBarrier(count);
        ExecutorService clients = Executors.newFixedThreadPool(count);
        try {
            List<Future<JsonNode>> futures = IntStream.range(0, count).mapToObj(i -> clients.submit(() -> {
                together.await();
                return task.of(i).call();
            })).toList();
            List<JsonNode> answers = new ArrayList<>();
            for (Future<JsonNode> future : futures) {
                answers.add(future.get());
            }
            return answers;
        } finally {
            clients.shutdownNow();
        }
    }
}
