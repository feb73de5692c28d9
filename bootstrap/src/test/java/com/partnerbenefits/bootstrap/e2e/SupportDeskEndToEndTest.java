package com.partnerbenefits.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerbenefits.bootstrap.security.DevelopmentSecrets;
import com.partnerbenefits.bootstrap.security.TokenCommand;
import com.partnerbenefits.domain.incident.FirstResponsePolicy;
import com.partnerbenefits.domain.incident.Severity;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import tools.jackson.databind.JsonNode;

/**
 * The support side over HTTP: who may work incidents, the lifecycle, product defects given back
 * exactly once under concurrency and retries (on two instances), the queue, and time zones.
 */
class SupportDeskEndToEndTest extends EndToEndTest {

    static final String SUPPORT = TokenCommand.sign(DevelopmentSecrets.JWT_HMAC_SECRET, "support@benefits.test", "AAD",
            List.of("benefits.support"), Duration.ofMinutes(30));

    static final String INCIDENT_FIELDS = """
            id status severity raisedAt firstResponseDueAt firstRespondedAt slaBreached resolvedAt resolutionCause
            resolutionNote contract { id incidentsRemaining }""";

    static final String START = """
            mutation($id: ID!) { startIncidentWork(input: {incidentId: $id}) {
              incident { %s } userErrors { code message field } } }""".formatted(INCIDENT_FIELDS);

    static final String RESOLVE = """
            mutation($id: ID!, $cause: ResolutionCause!, $note: String) {
              resolveIncident(input: {incidentId: $id, cause: $cause, note: $note}) {
                incident { %s } contract { incidentsRemaining } userErrors { code message field } } }"""
            .formatted(INCIDENT_FIELDS);

    static final String QUEUE = """
            query($first: Int, $after: String, $status: [IncidentStatus!], $severity: [Severity!]) {
              supportQueue(first: $first, after: $after, status: $status, severity: $severity) {
                totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id status severity firstResponseDueAt } } } }""";

    static final String CONTRACT_USAGE = """
            query($id: ID!) { node(id: $id) { ... on SupportContract { incidentsRemaining
              usage(first: 100) { totalCount edges { node { kind change incidentId refundReason } } } } } }""";

    @Autowired
    MongoConnectionDetails store;

    BackOffice.Partner contoso;
    String admin;
    String raiser;
    String sql;
    JsonNode contract;

    @BeforeEach
    void aTokyoPartnerWithALinkedContract() {
        contoso = partnerIn("Asia/Tokyo");
        admin = backOffice.globalAdmin(contoso);
        String gold = backOffice.activeMembership(contoso, "GOLD_COMPETENCY", "Data Platform");
        contract = benefits.activated(admin, gold, "MICROSOFT_PRODUCT_SUPPORT");
        raiser = contoso.outsideMsaAccount("engineer");
        benefits.link(raiser, null, contract);
        sql = Incidents.product(api, "SQL Server", "ON_PREMISES", "[\"2019\", \"2022\"]");
    }

    @Test
    void onlySupportEngineersWorkIncidentsAndTheyChangeNothingElse() {
        String incident = raise("B", "who-1");

        for (String other : List.of(admin, raiser, BackOfficeEndToEndTest.OPERATOR)) {
            assertThat(code(api.post(other, null, START, Map.of("id", incident)), "startIncidentWork")).isEqualTo("NOT_AUTHORIZED");
            assertThat(code(resolve(other, incident, "PRODUCT_DEFECT"), "resolveIncident")).isEqualTo("NOT_AUTHORIZED");
            GraphQlHttp.Response queue = api.post(other, null, QUEUE, Map.of());
            assertThat(queue.at("errors.0.extensions.code").asString()).as(queue.body()).isEqualTo("NOT_AUTHORIZED");
            assertThat(queue.at("data.supportQueue").isMissingNode() || queue.at("data.supportQueue").isNull()).isTrue();
        }
        JsonNode seen = api.post(SUPPORT, null, "query($id: ID!) { node(id: $id) { ... on Incident { " + INCIDENT_FIELDS
                + " } } }", Map.of("id", incident)).at("data.node");
        assertThat(seen.get("status").asString()).isEqualTo("OPEN");
        assertThat(seen.at("/contract/incidentsRemaining").asInt()).isEqualTo(19);
        assertThat(code(incidents.withdraw(SUPPORT, incident), "withdrawIncident")).isEqualTo("NOT_AUTHORIZED");
        assertThat(code(api.post(SUPPORT, null, """
                mutation($p: ID!) { updatePartner(input: {partnerId: $p, name: "Taken over"}) { userErrors { code } } }""",
                Map.of("p", contoso.id())), "updatePartner")).isEqualTo("NOT_AUTHORIZED");
        assertThat(code(api.post(SUPPORT, null, BackOfficeEndToEndTest.REGISTER_PARTNER, Map.of("name", "X",
                "mpnId", BackOfficeEndToEndTest.uniqueMpnId())), "registerPartner")).isEqualTo("NOT_AUTHORIZED");
        assertThat(code(benefits.link(SUPPORT, null, contract), "linkSupportContract")).isEqualTo("NOT_AUTHORIZED");
        assertThat(code(incidents.raise(SUPPORT, null, Incidents.input(contract.get("id").asString(), sql, "2022",
                contoso.mpnId() + "support-raises")), "raiseIncident")).isEqualTo("NOT_AUTHORIZED");
        assertThat(remaining()).isEqualTo(19);
    }

    @Test
    void theLifecycleOpenInProgressResolvedAndNoWithdrawalOnceWorkStarted() {
        String incident = raise("A", "life-1");

        JsonNode working = api.post(SUPPORT, null, START, Map.of("id", incident)).at("data.startIncidentWork.incident");
        assertThat(working.get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(working.get("firstRespondedAt").isNull()).isFalse();
        assertThat(working.get("slaBreached").asBoolean()).isFalse();
        assertThat(code(api.post(SUPPORT, "ja", START, Map.of("id", incident)), "startIncidentWork"))
                .isEqualTo("INCIDENT_NOT_OPEN");
        GraphQlHttp.Response withdrawal = api.post(raiser, "pt-BR", Incidents.WITHDRAW, Map.of("id", incident));
        assertThat(code(withdrawal, "withdrawIncident")).isEqualTo("INCIDENT_NOT_OPEN");
        assertThat(withdrawal.at("data.withdrawIncident.userErrors.0.message").asString()).startsWith("Este incidente");

        GraphQlHttp.Response resolved = api.post(SUPPORT, null, RESOLVE, Map.of("id", incident, "cause", "SOLVED",
                "note", "Applied KB5031234.\nFailover is stable again."));
        JsonNode done = resolved.at("data.resolveIncident.incident");
        assertThat(done.get("status").asString()).as(resolved.body()).isEqualTo("RESOLVED");
        assertThat(done.get("resolutionCause").asString()).isEqualTo("SOLVED");
        assertThat(done.get("resolutionNote").asString()).isEqualTo("Applied KB5031234.\nFailover is stable again.");
        assertThat(done.get("firstRespondedAt")).isEqualTo(working.get("firstRespondedAt"));
        assertThat(resolved.at("data.resolveIncident.contract.incidentsRemaining").asInt()).isEqualTo(19);
        assertThat(code(resolve(SUPPORT, incident, "PRODUCT_DEFECT"), "resolveIncident")).isEqualTo("INCIDENT_NOT_OPEN");
        assertThat(remaining()).isEqualTo(19);

        String open = raise("C", "life-2");
        JsonNode resolvedOpen = resolve(SUPPORT, open, "OTHER").at("data.resolveIncident.incident");
        assertThat(resolvedOpen.get("firstRespondedAt")).isEqualTo(resolvedOpen.get("resolvedAt"));
        String withdrawn = raise("C", "life-3");
        assertThat(incidents.withdraw(raiser, withdrawn).at("data.withdrawIncident.incident.status").asString()).isEqualTo("WITHDRAWN");
        assertThat(code(resolve(SUPPORT, withdrawn, "PRODUCT_DEFECT"), "resolveIncident")).isEqualTo("INCIDENT_NOT_OPEN");
        assertThat(remaining()).isEqualTo(18);
        assertThat(code(api.post(SUPPORT, null, START, Map.of("id", "not-an-incident")), "startIncidentWork")).isEqualTo("NOT_FOUND");
    }

    @Test
    void aProductDefectIsGivenBackExactlyOnceWhateverTheConcurrencyAndRetriesOnTwoInstances() throws Exception {
        try (SecondInstance second = SecondInstance.sharing(store)) {
            for (int round = 0; round < 3; round++) {
                String incident = raise("B", "defect-" + round);
                String other = raise("B", "solved-" + round);
                List<Callable<String>> attempts = new ArrayList<>();
                CyclicBarrier together = new CyclicBarrier(24);
                for (int i = 0; i < 24; i++) {
                    GraphQlHttp instance = i % 2 == 0 ? api : second.api;
                    String target = i % 3 == 2 ? other : incident;
                    String cause = target.equals(other) && i % 2 == 0 ? "SOLVED" : "PRODUCT_DEFECT";
                    boolean withdraws = i % 8 == 7;
                    attempts.add(() -> {
                        together.await(30, TimeUnit.SECONDS);
                        GraphQlHttp.Response answer = withdraws ? instance.post(raiser, null, Incidents.WITHDRAW, Map.of("id", target))
                                : instance.post(SUPPORT, null, RESOLVE, Map.of("id", target, "cause", cause));
                        String mutation = withdraws ? "withdrawIncident" : "resolveIncident";
                        return target + ":" + (answer.at("data." + mutation + ".userErrors").isEmpty() ? "OK" : code(answer, mutation));
                    });
                }
                ExecutorService pool = Executors.newFixedThreadPool(24);
                List<String> outcomes = new ArrayList<>();
                for (Future<String> attempt : pool.invokeAll(attempts, 2, TimeUnit.MINUTES)) {
                    outcomes.add(attempt.get());
                }
                pool.shutdownNow();

                for (String target : List.of(incident, other)) {
                    assertThat(outcomes).as("round %d", round).filteredOn(o -> o.equals(target + ":OK")).hasSize(1);
                    assertThat(outcomes).filteredOn(o -> o.startsWith(target + ":") && !o.endsWith(":OK"))
                            .allMatch(o -> o.endsWith(":INCIDENT_NOT_OPEN"));
                }
                assertLedgerAgrees();
            }
        }
    }

    @Test
    void theQueueIsEarliestDueFirstFilteredAndPagedWithStableCursors() {
        String c = raise("C", "queue-c");
        String b = raise("B", "queue-b");
        String a = raise("A", "queue-a");
        String resolved = raise("A", "queue-resolved");
        resolve(SUPPORT, resolved, "SOLVED");
        api.post(SUPPORT, null, START, Map.of("id", b));

        List<JsonNode> waiting = wholeQueue(Map.of());
        assertThat(ids(waiting)).containsSubsequence(a, b, c).doesNotContain(resolved);
        assertThat(waiting).allMatch(node -> List.of("OPEN", "IN_PROGRESS").contains(node.get("status").asString()));
        for (int i = 1; i < waiting.size(); i++) {
            assertThat(Instant.parse(waiting.get(i).get("firstResponseDueAt").asString()))
                    .isAfterOrEqualTo(Instant.parse(waiting.get(i - 1).get("firstResponseDueAt").asString()));
        }
        assertThat(ids(wholeQueue(Map.of("status", List.of("RESOLVED"))))).contains(resolved).doesNotContain(a, b, c);
        List<JsonNode> bOrC = wholeQueue(Map.of("severity", List.of("B", "C")));
        assertThat(ids(bOrC)).containsSubsequence(b, c).doesNotContain(a);
        assertThat(bOrC).allMatch(node -> List.of("B", "C").contains(node.get("severity").asString()));
        GraphQlHttp.Response tooMany = api.post(SUPPORT, null, QUEUE, Map.of("first", 101));
        assertThat(tooMany.at("errors.0.extensions.code").asString()).isEqualTo("INVALID_INPUT");
        GraphQlHttp.Response badCursor = api.post(SUPPORT, null, QUEUE, Map.of("after", "bm90LWEtY3Vyc29y"));
        assertThat(badCursor.at("errors.0.extensions.code").asString()).isEqualTo("INVALID_INPUT");
    }

    /** Defect 10: a crafted cursor (a blank ID, a time no instant holds, a wrong kind) is INVALID_INPUT, never INTERNAL_ERROR. */
    @Test
    void craftedCursorsAreInvalidInputNeverAnInternalError() {
        String contractIncidents = "query($c: ID!, $after: String) { node(id: $c) { ... on SupportContract { incidents(after: $after)"
                + " { totalCount } } } }";
        for (String raw : List.of("q:1: ", "q:1:", "q:1:\t", "q:x:abc", "q:99999999999999999999:abc",
                "i:1: ", "q", "")) {
            GraphQlHttp.Response queue = api.post(SUPPORT, null, QUEUE, Map.of("after", cursor(raw)));
            assertThat(queue.at("errors.0.extensions.code").asString()).as(raw + ": " + queue.body()).isEqualTo("INVALID_INPUT");
            GraphQlHttp.Response incidentsAfter = api.post(admin, null, contractIncidents,
                    Map.of("c", contract.get("id").asString(), "after", cursor(raw.replace("q:", "i:"))));
            assertThat(incidentsAfter.at("errors.0.extensions.code").asString()).as(raw + ": " + incidentsAfter.body())
                    .isEqualTo("INVALID_INPUT");
        }
    }

    private static String cursor(String raw) {
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void dueTimesFollowThePartnersTimeZoneWhichAnOperatorSets() {
        JsonNode tokyo = incident(raise("B", "zone-1"));
        assertThat(due(tokyo)).isEqualTo(FirstResponsePolicy.dueAt(Severity.B, raisedAt(tokyo), ZoneId.of("Asia/Tokyo")));

        GraphQlHttp.Response moved = api.post(BackOfficeEndToEndTest.OPERATOR, null, """
                mutation($p: ID!) { updatePartner(input: {partnerId: $p, timeZone: "America/New_York"}) {
                  partner { name timeZone } userErrors { code } } }""", Map.of("p", contoso.id()));
        assertThat(moved.at("data.updatePartner.partner.timeZone").asString()).as(moved.body()).isEqualTo("America/New_York");
        assertThat(moved.at("data.updatePartner.partner.name").asString()).isEqualTo("Contoso");
        JsonNode newYork = incident(raise("C", "zone-2"));
        assertThat(due(newYork)).isEqualTo(FirstResponsePolicy.dueAt(Severity.C, raisedAt(newYork), ZoneId.of("America/New_York")));
        assertThat(due(tokyo)).isEqualTo(due(incident(tokyo.get("id").asString())));
        JsonNode severityA = incident(raise("A", "zone-3"));
        assertThat(due(severityA)).isEqualTo(raisedAt(severityA).plus(Duration.ofHours(2)));

        GraphQlHttp.Response unknown = api.post(BackOfficeEndToEndTest.OPERATOR, "ja", """
                mutation($p: ID!) { updatePartner(input: {partnerId: $p, timeZone: "Mars/Olympus_Mons"}) {
                  partner { timeZone } userErrors { code message field } } }""", Map.of("p", contoso.id()));
        assertThat(code(unknown, "updatePartner")).isEqualTo("INVALID_INPUT");
        assertThat(unknown.at("data.updatePartner.userErrors.0.field").toString()).isEqualTo("[\"input\",\"timeZone\"]");
        GraphQlHttp.Response offset = api.post(BackOfficeEndToEndTest.OPERATOR, null, """
                mutation($m: String!) { registerPartner(input: {name: "Offset", mpnId: $m, timeZone: "+09:00"}) {
                  partner { id } userErrors { code field } } }""", Map.of("m", BackOfficeEndToEndTest.uniqueMpnId()));
        assertThat(code(offset, "registerPartner")).isEqualTo("INVALID_INPUT");
        assertThat(api.post(admin, null, "{ viewer { partner { timeZone } } }", Map.of()).at("data.viewer.partner.timeZone")
                .asString()).isEqualTo("America/New_York");
        assertThat(api.post(admin, null, "{ viewer { partner { timeZone } } }", Map.of()).body()).doesNotContain("errors");
        BackOffice.Partner plain = backOffice.partner("Plain");
        String plainAdmin = backOffice.globalAdmin(plain);
        assertThat(api.post(plainAdmin, null, "{ viewer { partner { timeZone } } }", Map.of()).at("data.viewer.partner.timeZone")
                .asString()).isEqualTo("UTC");
    }

    private BackOffice.Partner partnerIn(String zone) {
        String mpnId = BackOfficeEndToEndTest.uniqueMpnId();
        GraphQlHttp.Response registered = api.post(BackOfficeEndToEndTest.OPERATOR, null, """
                mutation($m: String!, $z: String) { registerPartner(input: {name: "Contoso", mpnId: $m, timeZone: $z}) {
                  partner { id timeZone } userErrors { code message } } }""", Map.of("m", mpnId, "z", zone));
        assertThat(registered.at("data.registerPartner.partner.timeZone").asString()).as(registered.body()).isEqualTo(zone);
        return new BackOffice.Partner(registered.at("data.registerPartner.partner.id").asString(), mpnId);
    }

    private void assertLedgerAgrees() {
        JsonNode contractNow = api.post(admin, null, CONTRACT_USAGE, Map.of("id", contract.get("id").asString())).at("data.node");
        int change = 0;
        Map<String, Integer> refundsPerIncident = new HashMap<>();
        for (JsonNode line : contractNow.at("/usage/edges")) {
            change += line.at("/node/change").asInt();
            if (line.at("/node/kind").asString().equals("REFUNDED")) {
                refundsPerIncident.merge(line.at("/node/incidentId").asString(), 1, Integer::sum);
                assertThat(line.at("/node/refundReason").asString()).isIn("PRODUCT_DEFECT", "WITHDRAWN");
            }
        }
        assertThat(refundsPerIncident.values()).allMatch(count -> count == 1);
        assertThat(contractNow.get("incidentsRemaining").asInt()).isEqualTo(20 + change);
        for (String id : refundsPerIncident.keySet()) {
            JsonNode incident = incident(id);
            assertThat(incident.get("status").asString().equals("WITHDRAWN")
                    || incident.get("resolutionCause").asString().equals("PRODUCT_DEFECT")).as(incident.toString()).isTrue();
        }
    }

    private List<JsonNode> wholeQueue(Map<String, Object> filter) {
        List<JsonNode> all = new ArrayList<>();
        String after = null;
        do {
            Map<String, Object> variables = new HashMap<>(filter);
            variables.put("first", 50); // page size weighs in the field limit: 100 × these fields is over it
            variables.put("after", after);
            GraphQlHttp.Response response = api.post(SUPPORT, null, QUEUE, variables);
            JsonNode page = response.at("data.supportQueue");
            assertThat(page.get("edges")).as(response.body()).isNotNull();
            page.get("edges").forEach(edge -> all.add(edge.get("node")));
            after = page.at("/pageInfo/hasNextPage").asBoolean() ? page.at("/pageInfo/endCursor").asString() : null;
        } while (after != null);
        return all;
    }

    private static List<String> ids(List<JsonNode> nodes) {
        return nodes.stream().map(node -> node.get("id").asString()).toList();
    }

    private String raise(String severity, String key) {
        Map<String, Object> input = Incidents.input(contract.get("id").asString(), sql, "2022", contoso.mpnId() + key);
        input.put("severity", severity);
        GraphQlHttp.Response raised = incidents.raise(raiser, null, input);
        assertThat(raised.at("data.raiseIncident.userErrors").size()).as(raised.body()).isZero();
        return raised.at("data.raiseIncident.incident.id").asString();
    }

    private GraphQlHttp.Response resolve(String token, String incident, String cause) {
        return api.post(token, null, RESOLVE, Map.of("id", incident, "cause", cause));
    }

    private JsonNode incident(String id) {
        return api.post(SUPPORT, null, "query($id: ID!) { node(id: $id) { ... on Incident { " + INCIDENT_FIELDS + " } } }",
                Map.of("id", id)).at("data.node");
    }

    private int remaining() {
        return api.post(admin, null, CONTRACT_USAGE, Map.of("id", contract.get("id").asString()))
                .at("data.node.incidentsRemaining").asInt();
    }

    private static Instant due(JsonNode incident) {
        return Instant.parse(incident.get("firstResponseDueAt").asString());
    }

    private static Instant raisedAt(JsonNode incident) {
        return Instant.parse(incident.get("raisedAt").asString());
    }

    private static String code(GraphQlHttp.Response response, String mutation) {
        return response.at("data." + mutation + ".userErrors.0.code").asString();
    }
}
