package com.partnerbenefits.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * SPEC 5.5 end to end: a used-up benefit shows the way forward in the caller's language; the operator
 * records the pay-per-incident plan it names; the partner links it and raises on it (in a version the
 * benefit no longer covers); a resolution as a duplicate, or as a billing request, gives it back once.
 */
class WayForwardEndToEndTest extends EndToEndTest {

    static final String PLANS = """
            query($p: ID!, $v: String!) { supportPlans(productId: $p, productVersion: $v) {
              available { contract { id benefitKind } } unavailable { reasons }
              wayForward { kind covers message } } }""";

    static final String RECORD = """
            mutation($input: RecordPaidSupportPlanInput!) { recordPaidSupportPlan(input: $input) {
              plan { kind incidentAllowance activated membership { id offer } }
              contract { id accessId contractId status benefitKind incidentsTotal incidentsRemaining endsOn }
              userErrors { code field } } }""";

    @Test
    void anExhaustedBenefitPointsToPayPerIncidentWhichIsRecordedLinkedRaisedOnAndGivenBackForADuplicate() {
        BackOffice.Partner partner = backOffice.partner("Way forward");
        String admin = backOffice.globalAdmin(partner);
        String sql = Incidents.product(api, "SQL Server", "ON_PREMISES", "[\"2016\", \"2019\", \"2022\"]");
        JsonNode benefit = benefits.activated(admin, backOffice.activeMembership(partner, "ACTION_PACK", null),
                "MICROSOFT_PRODUCT_SUPPORT");
        benefits.link(admin, null, benefit);
        for (int i = 0; i < 10; i++) {
            incidents.raise(admin, benefit.get("id").asString(), sql, "2022", partner.mpnId() + "-use-" + i);
        }

        JsonNode plans = plans(admin, null, sql, "2022");
        assertThat(plans.get("available")).isEmpty();
        assertThat(plans.at("/unavailable/0/reasons/0").asString()).isEqualTo("EXHAUSTED");
        assertThat(plans.get("wayForward").findValuesAsString("kind")).containsExactly("PREMIER_SUPPORT", "PAY_PER_INCIDENT");
        assertThat(plans.at("/wayForward/0/message").asString())
                .startsWith("You need to purchase a new support plan").contains("Premier Support for Partners");
        assertThat(plans(admin, "ja", sql, "2022").at("/wayForward/0/message").asString())
                .contains("新しいサポート プランを購入する必要があります").contains("Premier サポートパートナー向け");
        assertThat(plans(admin, "pt-BR", sql, "2022").at("/wayForward/0/message").asString())
                .contains("Você precisa comprar um novo plano de suporte").contains("Suporte Premier para Parceiros");
        JsonNode tooOld = plans(admin, null, sql, "2016").get("wayForward");
        assertThat(tooOld.findValuesAsString("kind")).containsExactly("PREMIER_SUPPORT", "PAY_PER_INCIDENT");
        assertThat(tooOld.findValues("covers")).extracting(JsonNode::asBoolean).containsExactly(false, true);

        assertThat(record(admin, partner, "PAY_PER_INCIDENT", 1).at("data.recordPaidSupportPlan.userErrors/0/code").asString())
                .isEqualTo("NOT_AUTHORIZED");
        assertThat(record(BackOfficeEndToEndTest.OPERATOR, partner, "MICROSOFT_PRODUCT_SUPPORT", 5)
                .at("data.recordPaidSupportPlan.userErrors/0/field/1").asString()).isEqualTo("kind");
        assertThat(record(BackOfficeEndToEndTest.OPERATOR, partner, "PAY_PER_INCIDENT", null)
                .at("data.recordPaidSupportPlan.userErrors/0/field/1").asString()).isEqualTo("incidents");
        GraphQlHttp.Response recorded = record(BackOfficeEndToEndTest.OPERATOR, partner, "PAY_PER_INCIDENT", 1);
        JsonNode recordedContract = recorded.at("data.recordPaidSupportPlan.contract");
        assertThat(recorded.at("data.recordPaidSupportPlan.plan.membership.offer").asString()).as(recorded.body())
                .isEqualTo("PAY_PER_INCIDENT");
        assertThat(recordedContract.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(recordedContract.get("incidentsTotal").asInt()).isEqualTo(1);
        // the credentials stay with the partner (SPEC 5.1): the operator reads none; the partner's admin reads them
        assertThat(recordedContract.get("accessId").isNull()).isTrue();
        JsonNode paid = benefits.activated(admin, recorded.at("data.recordPaidSupportPlan.plan.membership.id").asString(),
                "PAY_PER_INCIDENT");
        assertThat(paid.get("id").asString()).isEqualTo(recordedContract.get("id").asString());
        assertThat(paid.get("accessId").asString()).isNotEqualTo(benefit.get("accessId").asString());

        String someone = partner.outsideMsaAccount("someone");
        assertThat(benefits.link(someone, null, paid).at("data.linkSupportContract.outcome").asString()).isEqualTo("LINKED");
        JsonNode usable = plans(someone, null, sql, "2016");
        assertThat(usable.at("/available/0/contract/benefitKind").asString()).isEqualTo("PAY_PER_INCIDENT");
        assertThat(usable.get("wayForward")).isEmpty();

        String duplicate = raised(someone, paid, sql, "2016", partner.mpnId() + "-paid-1");
        assertThat(remaining(admin, paid)).isZero();
        GraphQlHttp.Response resolved = resolve(duplicate, "DUPLICATE");
        assertThat(resolved.at("data.resolveIncident.contract.incidentsRemaining").asInt()).as(resolved.body()).isEqualTo(1);
        assertThat(resolve(duplicate, "DUPLICATE").at("data.resolveIncident.userErrors/0/code").asString())
                .isEqualTo("INCIDENT_NOT_OPEN");

        String billing = raised(someone, paid, sql, "2019", partner.mpnId() + "-paid-2");
        resolve(billing, "BILLING_OR_QUOTA");
        assertThat(remaining(admin, paid)).isEqualTo(1);
        JsonNode ledger = api.post(admin, null, SupportDeskEndToEndTest.CONTRACT_USAGE, Map.of("id", paid.get("id").asString()))
                .at("data.node.usage.edges");
        List<String> lines = new ArrayList<>();
        ledger.forEach(edge -> lines.add((edge.at("/node/kind").asString() + " " + edge.at("/node/refundReason").asString()).strip()));
        assertThat(lines).containsExactlyInAnyOrder("CONSUMED", "REFUNDED DUPLICATE", "CONSUMED",
                "REFUNDED BILLING_OR_QUOTA");
    }

    private JsonNode plans(String token, String language, String product, String version) {
        GraphQlHttp.Response answer = api.post(token, language, PLANS, Map.of("p", product, "v", version));
        assertThat(answer.body()).doesNotContain("\"errors\"");
        return answer.at("data.supportPlans");
    }

    private GraphQlHttp.Response record(String token, BackOffice.Partner partner, String kind, Integer incidents) {
        Map<String, Object> input = new HashMap<>(Map.of("partnerId", partner.id(), "kind", kind,
                "startsOn", BackOffice.TODAY.toString(), "endsOn", BackOffice.TODAY.plusMonths(6).toString()));
        input.put("incidents", incidents);
        return api.post(token, null, RECORD, Map.of("input", input));
    }

    private String raised(String token, JsonNode contract, String product, String version, String key) {
        GraphQlHttp.Response raised = incidents.raise(token, contract.get("id").asString(), product, version, key);
        assertThat(raised.at("data.raiseIncident.userErrors").size()).as(raised.body()).isZero();
        return raised.at("data.raiseIncident.incident.id").asString();
    }

    private GraphQlHttp.Response resolve(String incident, String cause) {
        return api.post(SupportDeskEndToEndTest.SUPPORT, null, SupportDeskEndToEndTest.RESOLVE,
                Map.of("id", incident, "cause", cause));
    }

    private int remaining(String token, JsonNode contract) {
        return api.post(token, null, SupportDeskEndToEndTest.CONTRACT_USAGE, Map.of("id", contract.get("id").asString()))
                .at("data.node.incidentsRemaining").asInt();
    }
}
