package com.partnerbenefits.bootstrap.e2e;

import static com.partnerbenefits.bootstrap.e2e.BackOffice.TODAY;
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
import tools.jackson.databind.JsonNode;

/** Raising incidents over HTTP: every refusal, idempotency, the CSP plan, withdrawal and the history. */
class IncidentsEndToEndTest extends EndToEndTest {

    BackOffice.Partner contoso;
    String admin;
    String gold;
    JsonNode productSupport;
    JsonNode cloudSupport;
    String engineer;
    String sql;
    String azure;

    @BeforeEach
    void aLinkedEngineerAndACatalog() {
        contoso = backOffice.partner("Contoso");
        admin = backOffice.globalAdmin(contoso);
        gold = backOffice.membership(contoso, "GOLD_COMPETENCY", "Cloud Platform", TODAY.minusYears(1), TODAY.plusMonths(3));
        productSupport = benefits.activated(admin, gold, "MICROSOFT_PRODUCT_SUPPORT");
        cloudSupport = benefits.activated(admin, gold, "SIGNATURE_CLOUD_SUPPORT");
        engineer = contoso.outsideMsaAccount("engineer");
        benefits.link(engineer, null, productSupport);
        benefits.link(engineer, null, cloudSupport);
        sql = Incidents.product(api, "SQL Server", "ON_PREMISES", "[\"2016\", \"2019\", \"2022\"]");
        azure = Incidents.product(api, "Azure", "CLOUD", "[]");
    }

    @Test
    void anIncidentComesBackWithItsContractOneIncidentLighter() {
        GraphQlHttp.Response raised = incidents.raise(engineer, id(productSupport), sql, "2022", "key-1");

        JsonNode payload = raised.at("data.raiseIncident");
        assertThat(payload.get("userErrors").size()).as(raised.body()).isZero();
        assertThat(payload.get("incident").get("status").asString()).isEqualTo("OPEN");
        assertThat(payload.get("incident").get("description").asString()).isEqualTo("Since Monday.\nLogs attached.");
        assertThat(payload.get("incident").get("product").get("name").asString()).startsWith("SQL Server");
        assertThat(payload.get("incident").get("supportContractId").asString()).isEqualTo(id(productSupport));
        assertThat(payload.get("contract").get("incidentsRemaining").asInt()).isEqualTo(19);
        String incident = payload.get("incident").get("id").asString();
        assertThat(api.post(engineer, null, "query($id: ID!) { node(id: $id) { ... on Incident { title } } }",
                Map.of("id", incident)).at("data.node.title").asString()).isEqualTo("Cluster fails over every hour");
        assertThat(api.post(GraphQlHttp.msaToken("stranger@outlook.com"), null, "query($id: ID!) { node(id: $id) { id } }",
                Map.of("id", incident)).at("data.node").isNull()).isTrue();
    }

    @Test
    void anUnlimitedContractConsumesNothing() {
        JsonNode contract = incidents.raise(engineer, id(cloudSupport), azure, "current", "key-1").at("data.raiseIncident.contract");

        assertThat(contract.get("incidentsRemaining").isNull()).isTrue();
        assertThat(contract.get("status").asString()).isEqualTo("ACTIVE");
    }

    @Test
    void aReplayAnswersTheFirstIncidentWithoutConsumingAndAReusedKeyIsRefused() throws Exception {
        int requests = 8;
        CyclicBarrier together = new CyclicBarrier(requests);
        ExecutorService clients = Executors.newFixedThreadPool(requests);
        List<String> ids = new ArrayList<>();
        try {
            List<Future<GraphQlHttp.Response>> answers = IntStream.range(0, requests).mapToObj(i -> clients.submit(() -> {
                together.await();
                return incidents.raise(engineer, id(productSupport), sql, "2022", "same-key");
            })).toList();
            for (Future<GraphQlHttp.Response> answer : answers) {
                ids.add(answer.get().at("data.raiseIncident.incident.id").asString());
            }
        } finally {
            clients.shutdownNow();
        }
        GraphQlHttp.Response replay = incidents.raise(engineer, id(productSupport), sql, "2022", "same-key");
        GraphQlHttp.Response reused = incidents.raise(engineer, id(productSupport), sql, "2019", "same-key");

        assertThat(ids).hasSize(requests).containsOnly(ids.get(0));
        assertThat(replay.at("data.raiseIncident.incident.id").asString()).isEqualTo(ids.get(0));
        assertThat(replay.at("data.raiseIncident.contract.incidentsRemaining").asInt()).isEqualTo(19);
        assertThat(reused.at("data.raiseIncident.userErrors.0.code").asString()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(history(engineer, id(productSupport), 10, null).get("totalCount").asInt()).isEqualTo(1);
    }

    @Test
    void everyCheckHasItsOwnCodeAndMessage() {
        String pack = backOffice.activeMembership(contoso, "ACTION_PACK", null);
        JsonNode packSupport = benefits.activated(admin, pack, "MICROSOFT_PRODUCT_SUPPORT");
        benefits.link(engineer, null, packSupport);

        assertCode(incidents.raise(admin, id(productSupport), sql, "2022", "k1"), "CONTRACT_NOT_LINKED");
        GraphQlHttp.Response unsupported = incidents.raise(engineer, id(productSupport), sql, "2016", "k2");
        assertCode(unsupported, "PRODUCT_VERSION_NOT_SUPPORTED");
        assertThat(unsupported.at("data.raiseIncident.userErrors.0.field").toString()).as("on the version")
                .isEqualTo("[\"input\",\"productVersion\"]");
        assertCode(incidents.raise(engineer, id(productSupport), azure, "current", "k3"), "PRODUCT_KIND_NOT_COVERED");
        assertCode(incidents.raise(engineer, id(cloudSupport), sql, "2022", "k4"), "PRODUCT_KIND_NOT_COVERED");
        assertCode(incidents.raise(engineer, id(packSupport), azure, "current", "k5"), "CLOUD_SUPPORT_NOT_INCLUDED");
        assertCode(incidents.raise(engineer, id(productSupport), sql, "2008", "k6"), "NOT_FOUND");
        assertCode(incidents.raise(engineer, id(productSupport), contoso.id(), "2022", "k7"), "NOT_FOUND");
        for (int i = 0; i < 20; i++) {
            incidents.raise(engineer, id(productSupport), sql, "2022", "use-" + i);
        }
        GraphQlHttp.Response none = incidents.raise(engineer, id(productSupport), sql, "2022", "k8");
        assertCode(none, "NO_INCIDENTS_REMAINING");
        assertThat(none.at("data.raiseIncident.userErrors.0.message").asString()).contains("A new support plan is needed")
                .doesNotContain("activate");
        backOffice.endMembership(pack, TODAY.minusDays(1));
        GraphQlHttp.Response expired = incidents.raise(engineer, "ja", Incidents.input(id(packSupport), sql, "2022", "k9"));
        assertCode(expired, "CONTRACT_EXPIRED");
        assertThat(expired.at("data.raiseIncident.userErrors.0.message").asString()).contains("有効期限が切れている");
    }

    @Test
    void badInputIsNamedFieldByFieldAndConsumesNothing() {
        Map<String, Object> input = Incidents.input(id(productSupport), sql, "2022", "k".repeat(256));
        input.put("title", "x".repeat(201));
        input.put("description", "y".repeat(10_001));
        input.put("cspCustomerTenantId", "72f988bf-86f1-41af-91ab-2d7cd011db47");

        GraphQlHttp.Response invalid = incidents.raise(engineer, null, input);
        Map<String, Object> neither = Incidents.input(null, sql, "2022", "k2");

        assertThat(invalid.at("data.raiseIncident.userErrors").findValuesAsString("code")).containsOnly("INVALID_INPUT");
        assertThat(fields(invalid)).containsExactlyInAnyOrder("supportContractId", "title", "description", "idempotencyKey");
        assertThat(fields(incidents.raise(engineer, null, neither))).containsExactly("supportContractId");
        Map<String, Object> longKey = Incidents.input(id(productSupport), sql, "2022", "k".repeat(256));
        assertThat(fields(incidents.raise(engineer, null, longKey))).containsExactly("idempotencyKey");
        assertThat(history(engineer, id(productSupport), 10, null).get("totalCount").asInt()).isZero();
    }

    @Test
    void anAdminAgentOfACspPartnerRaisesForACustomerWithoutAContract() {
        String agent = backOffice.member(contoso, "agent", "ADMIN_AGENT", "CSP");
        Map<String, Object> forCustomer = Incidents.input(null, azure, "current", "csp-1");
        forCustomer.put("cspCustomerTenantId", "72F988BF-86F1-41AF-91AB-2D7CD011DB47");

        GraphQlHttp.Response raised = incidents.raise(agent, null, forCustomer);
        GraphQlHttp.Response notAnAgent = incidents.raise(engineer, null, forCustomer);
        forCustomer.put("productId", sql);
        forCustomer.put("productVersion", "2022");
        forCustomer.put("idempotencyKey", "csp-2");

        assertThat(raised.at("data.raiseIncident.userErrors").size()).as(raised.body()).isZero();
        assertThat(raised.at("data.raiseIncident.incident.cspCustomerTenantId").asString())
                .isEqualTo("72f988bf-86f1-41af-91ab-2d7cd011db47");
        assertThat(raised.at("data.raiseIncident.contract").isNull()).isTrue();
        assertCode(notAnAgent, "NOT_AUTHORIZED");
        assertCode(incidents.raise(agent, null, forCustomer), "PRODUCT_KIND_NOT_COVERED");
    }

    @Test
    void theRaiserWithdrawsAnOpenIncidentOnceAndGetsItsIncidentBack() {
        String incident = incidents.raise(engineer, id(productSupport), sql, "2022", "key-1")
                .at("data.raiseIncident.incident.id").asString();

        GraphQlHttp.Response byAnother = incidents.withdraw(admin, incident);
        GraphQlHttp.Response withdrawn = incidents.withdraw(engineer, incident);
        GraphQlHttp.Response again = incidents.withdraw(engineer, incident);

        assertCode(byAnother, "withdrawIncident", "NOT_FOUND");
        assertThat(withdrawn.at("data.withdrawIncident.incident.status").asString()).isEqualTo("WITHDRAWN");
        assertThat(withdrawn.at("data.withdrawIncident.contract.incidentsRemaining").asInt()).isEqualTo(20);
        assertCode(again, "withdrawIncident", "INCIDENT_NOT_OPEN");
        JsonNode usage = api.post(admin, null, "query($id: ID!) { node(id: $id) { ... on SupportContract { usage(first: 10) {"
                + " totalCount edges { cursor node { kind change account { login } } } nodes { kind change account { login } }"
                + " pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } } } }", Map.of("id", id(productSupport)))
                .at("data.node.usage");
        assertRelayPage(usage, false);
        assertThat(usage.get("totalCount").asInt()).isEqualTo(2);
        assertThat(usage.at("/edges/0/node/kind").asString()).isEqualTo("REFUNDED");
        assertThat(usage.at("/edges/1/node/change").asInt()).isEqualTo(-1);
        assertThat(usage.at("/edges/1/node/account/login").asString()).isEqualTo(contoso.mpnId() + "-engineer@outlook.com");
    }

    @Test
    void historyPagesNewestFirstWithStableCursors() {
        for (int i = 0; i < 7; i++) {
            incidents.raise(engineer, id(productSupport), sql, "2022", "page-" + i);
        }
        List<String> seen = new ArrayList<>();
        String after = null;
        do {
            JsonNode page = history(engineer, id(productSupport), 3, after);
            assertThat(page.get("totalCount").asInt()).isEqualTo(7);
            page.get("edges").forEach(edge -> seen.add(edge.get("node").get("idempotencyKey").asString()));
            assertRelayPage(page, after != null);
            after = page.get("pageInfo").get("hasNextPage").asBoolean() ? page.get("pageInfo").get("endCursor").asString() : null;
        } while (after != null);

        assertThat(seen).containsExactly("page-6", "page-5", "page-4", "page-3", "page-2", "page-1", "page-0");
        JsonNode mine = api.post(engineer, null, """
                { viewer { incidents(first: 2) { totalCount edges { cursor node { id idempotencyKey } } nodes { id idempotencyKey }
                  pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } } }""", Map.of()).at("data.viewer.incidents");
        assertRelayPage(mine, false);
        assertThat(mine.get("totalCount").asInt()).isEqualTo(7);
        assertThat(mine.at("/edges/0/node/idempotencyKey").asString()).isEqualTo("page-6");
        for (String bad : List.of("first: 0", "first: 101", "first: 5, after: \"bm9wZQ\"")) {
            GraphQlHttp.Response refused = api.post(engineer, null, "{ viewer { incidents(" + bad + ") { totalCount } } }", Map.of());
            assertThat(refused.at("errors.0.extensions.code").asString()).as(bad).isEqualTo("INVALID_INPUT");
            assertThat(refused.at("errors.0.extensions.classification").asString()).isEqualTo("BAD_REQUEST");
        }
    }

    private JsonNode history(String token, String contractId, int first, String after) {
        Map<String, Object> variables = new java.util.HashMap<>(Map.of("id", contractId, "first", first));
        variables.put("after", after);
        return api.post(token, null, """
                query($id: ID!, $first: Int, $after: String) { node(id: $id) { ... on SupportContract {
                  incidents(first: $first, after: $after) {
                    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
                    edges { cursor node { id idempotencyKey } } nodes { id idempotencyKey } } } } }""", variables).at("data.node.incidents");
    }

    /** SPEC 4.1: nodes are the edges' nodes; the page's cursors are its first and last edges'. */
    private static void assertRelayPage(JsonNode page, boolean afterACursor) {
        JsonNode edges = page.get("edges");
        assertThat(page.get("nodes").size()).isEqualTo(edges.size());
        for (int i = 0; i < edges.size(); i++) {
            assertThat(page.get("nodes").get(i)).isEqualTo(edges.get(i).get("node"));
        }
        assertThat(page.at("/pageInfo/hasPreviousPage").asBoolean()).isEqualTo(afterACursor);
        assertThat(page.at("/pageInfo/startCursor").asString()).isEqualTo(edges.get(0).get("cursor").asString());
        assertThat(page.at("/pageInfo/endCursor").asString()).isEqualTo(edges.get(edges.size() - 1).get("cursor").asString());
    }

    private static List<String> fields(GraphQlHttp.Response response) {
        List<String> fields = new ArrayList<>();
        response.at("data.raiseIncident.userErrors").forEach(error -> fields.add(error.get("field").get(1).asString()));
        return fields;
    }

    private static void assertCode(GraphQlHttp.Response response, String code) {
        assertCode(response, "raiseIncident", code);
    }

    private static void assertCode(GraphQlHttp.Response response, String mutation, String code) {
        assertThat(response.at("data." + mutation + ".userErrors.0.code").asString()).as(response.body()).isEqualTo(code);
        assertThat(response.at("data." + mutation + ".incident").isNull()).isTrue();
    }

    private static String id(JsonNode contract) {
        return contract.get("id").asString();
    }
}
