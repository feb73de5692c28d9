package com.partnerbenefits.bootstrap.e2e;

import static com.partnerbenefits.bootstrap.e2e.BackOfficeEndToEndTest.OPERATOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import com.partnerbenefits.bootstrap.security.DevelopmentSecrets;
import com.partnerbenefits.bootstrap.security.TokenCommand;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * SPEC 5.1 over HTTP: a contract's Access ID and Contract ID reach only its partner's own MPN accounts.
 * The walk asks every schema path that answers a {@code SupportContract} (found by introspection, so a
 * new one fails here until it is walked) as an outside account that linked the contract, a support
 * engineer and an operator, after a rotation, and finds neither the new pair nor the old one anywhere.
 */
class CredentialsStayWithThePartnerEndToEndTest extends EndToEndTest {

    static final String SUPPORT = TokenCommand.sign(DevelopmentSecrets.JWT_HMAC_SECRET, "desk@benefits.test", "AAD",
            List.of("benefits.support"), Duration.ofMinutes(30));

    private static final String C = "fragment C on SupportContract { id accessId contractId partnerName status }";

    private static final String INTROSPECT = """
            { __schema { types { name kind fields { name type { name kind ofType { name kind ofType { name kind
              ofType { name kind } } } } } } } }""";

    BackOffice.Partner contoso;
    String admin;
    String membership;
    String benefitId;
    String contractId;
    JsonNode original;
    JsonNode rotated;
    String sql;
    String outsider;

    @BeforeEach
    void aContractLinkedFromOutsideWhoseCredentialsWereThenRotated() {
        contoso = backOffice.partner("Contoso");
        admin = backOffice.globalAdmin(contoso);
        membership = backOffice.activeMembership(contoso, "GOLD_COMPETENCY", "Cloud Platform");
        benefitId = benefits.benefitId(admin, membership, "MICROSOFT_PRODUCT_SUPPORT");
        original = benefits.activated(admin, benefitId);
        contractId = original.get("id").asString();
        sql = Incidents.product(api, "SQL Server", "ON_PREMISES", "[\"2016\", \"2019\", \"2022\"]");
        outsider = contoso.outsideMsaAccount("leaked");
        assertThat(benefits.link(outsider, null, original).at("data.linkSupportContract.outcome").asString()).isEqualTo("LINKED");
        rotated = api.post(admin, null, ContractControlsEndToEndTest.ROTATE, Map.of("c", contractId))
                .at("data.rotateContractCredentials.contract");
        assertThat(rotated.get("accessId").asString()).isNotEqualTo(original.get("accessId").asString());
    }

    @Test
    void noPathAnswersTheCredentialsToAnOutsiderThatLinkedToASupportEngineerOrToAnOperator() {
        Set<String> walked = new TreeSet<>();
        for (String caller : List.of(SUPPORT, OPERATOR, outsider)) { // the outsider unlinks itself last
            walk(caller).forEach((path, response) -> {
                walked.add(path);
                assertNoCredentials(path, response);
            });
        }

        assertThat(walked).as("every field that answers a SupportContract is walked; walk a new one here")
                .containsAll(fieldsAnsweringSupportContract());
        JsonNode own = api.post(admin, null, "query($c: ID!) { node(id: $c) { ...C } } " + C, Map.of("c", contractId)).at("data.node");
        assertThat(own.get("accessId").asString()).isEqualTo(rotated.get("accessId").asString());
        assertThat(own.get("contractId").asString()).isEqualTo(rotated.get("contractId").asString());
    }

    @Test
    void thePartnersOwnMpnAccountsReadThemAndItsOtherAccountsDoNot() {
        String member = backOffice.member(contoso, "developer", "", "MPN");
        String cspOnly = backOffice.member(contoso, "reseller", "GLOBAL_ADMIN", "CSP");
        String query = "query($c: ID!) { node(id: $c) { ...C } } " + C;

        for (String reader : List.of(admin, member)) {
            JsonNode seen = api.post(reader, null, query, Map.of("c", contractId)).at("data.node");
            assertThat(seen.get("accessId").asString()).isEqualTo(rotated.get("accessId").asString());
            assertThat(seen.get("contractId").asString()).isEqualTo(rotated.get("contractId").asString());
        }
        assertThat(benefits.dashboard(admin, null).body()).contains(rotated.get("contractId").asString());
        assertNoCredentials("a CSP-only account of the partner", api.post(cspOnly, null, query, Map.of("c", contractId)));
    }

    /** Defect 2: an account unlinked and then rotated out recovers nothing by replaying a raise or withdrawing. */
    @Test
    void anUnlinkedAccountGetsNoContractFromAReplayedRaiseOrAWithdrawal() {
        Map<String, Object> input = Incidents.input(contractId, sql, "2022", "before-unlink");
        String incident = incidents.raise(outsider, null, input).at("data.raiseIncident.incident.id").asString();
        String account = api.post(outsider, null, "{ viewer { account { id } } }", Map.of()).at("data.viewer.account.id").asString();
        api.post(admin, null, ContractControlsEndToEndTest.UNLINK, Map.of("c", contractId, "a", account));
        JsonNode fresh = api.post(admin, null, ContractControlsEndToEndTest.ROTATE, Map.of("c", contractId))
                .at("data.rotateContractCredentials.contract");

        GraphQlHttp.Response replayed = api.post(outsider, null, """
                mutation($input: RaiseIncidentInput!) { raiseIncident(input: $input) {
                  incident { id } contract { ...C } userErrors { code } } } """ + C, Map.of("input", input));
        GraphQlHttp.Response withdrawn = api.post(outsider, null, """
                mutation($id: ID!) { withdrawIncident(input: {incidentId: $id}) {
                  incident { id status } contract { ...C } userErrors { code } } } """ + C, Map.of("id", incident));

        assertThat(replayed.at("data.raiseIncident.incident.id").asString()).as(replayed.body()).isEqualTo(incident);
        assertThat(replayed.at("data.raiseIncident.contract").isNull()).as(replayed.body()).isTrue();
        assertThat(withdrawn.at("data.withdrawIncident.incident.status").asString()).as(withdrawn.body()).isEqualTo("WITHDRAWN");
        assertThat(withdrawn.at("data.withdrawIncident.contract").isNull()).as(withdrawn.body()).isTrue();
        for (GraphQlHttp.Response answer : List.of(replayed, withdrawn)) {
            assertThat(answer.body()).doesNotContain(fresh.get("accessId").asString(), fresh.get("contractId").asString());
        }
    }

    /** Each path answering a SupportContract, as this caller asks it, keyed by the schema field it walks. */
    private Map<String, GraphQlHttp.Response> walk(String caller) {
        Map<String, GraphQlHttp.Response> answers = new LinkedHashMap<>();
        String tag = Integer.toHexString(caller.hashCode());
        answers.put("Query.node", api.post(caller, null, "query($c: ID!) { node(id: $c) { ...C } } " + C, Map.of("c", contractId)));
        answers.put("Viewer.linkedContracts", api.post(caller, null, "{ viewer { linkedContracts { ...C } } } " + C, Map.of()));
        answers.put("TechnicalBenefit.contract", api.post(caller, null,
                "query($b: ID!) { node(id: $b) { ... on TechnicalBenefit { contract { ...C } } } } " + C, Map.of("b", benefitId)));
        answers.put("ActivateTechnicalBenefitPayload.benefit", api.post(caller, null, """
                mutation($b: ID!) { activateTechnicalBenefit(input: {benefitId: $b}) { benefit { contract { ...C } } } } """ + C,
                Map.of("b", benefitId)));
        for (String version : List.of("2022", "2016")) {
            GraphQlHttp.Response plans = api.post(caller, null, """
                    query($p: ID!, $v: String!) { supportPlans(productId: $p, productVersion: $v) {
                      available { contract { ...C } } unavailable { contract { ...C } } } } """ + C, Map.of("p", sql, "v", version));
            answers.put(version.equals("2022") ? "AvailablePlan.contract" : "UnavailablePlan.contract", plans);
        }
        String raise = """
                mutation($input: RaiseIncidentInput!) { raiseIncident(input: $input) {
                  incident { id contract { ...C } } contract { ...C } userErrors { code } } } """ + C;
        Map<String, Object> input = Map.of("input", Incidents.input(contractId, sql, "2022", "walk-" + tag));
        GraphQlHttp.Response raised = api.post(caller, null, raise, input);
        answers.put("RaiseIncidentPayload.contract", raised);
        answers.put("RaiseIncidentPayload.contract (replayed)", api.post(caller, null, raise, input));
        String incident = idOr(raised.at("data.raiseIncident.incident.id"),
                () -> incidents.raise(outsider, contractId, sql, "2022", "for-" + tag).at("data.raiseIncident.incident.id").asString());
        answers.put("Incident.contract", api.post(caller, null,
                "query($i: ID!) { node(id: $i) { ... on Incident { contract { ...C } } } } " + C, Map.of("i", incident)));
        answers.put("Viewer.incidents", api.post(caller, null,
                "{ viewer { incidents { nodes { contract { ...C } } } } } " + C, Map.of()));
        answers.put("ResolveIncidentPayload.contract", api.post(caller, null, """
                mutation($i: ID!) { resolveIncident(input: {incidentId: $i, cause: PRODUCT_DEFECT, note: "walk"}) {
                  incident { contract { ...C } } contract { ...C } userErrors { code } } } """ + C, Map.of("i", incident)));
        String toWithdraw = idOr(incidents.raise(caller, contractId, sql, "2022", "withdraw-" + tag).at("data.raiseIncident.incident.id"),
                () -> incident);
        answers.put("WithdrawIncidentPayload.contract", api.post(caller, null, """
                mutation($i: ID!) { withdrawIncident(input: {incidentId: $i}) { contract { ...C } userErrors { code } } } """ + C,
                Map.of("i", toWithdraw)));
        answers.put("RotateContractCredentialsPayload.contract", api.post(caller, null, """
                mutation($c: ID!) { rotateContractCredentials(input: {supportContractId: $c}) { contract { ...C } } } """ + C,
                Map.of("c", contractId)));
        JsonNode current = api.post(admin, null, "query($c: ID!) { node(id: $c) { ...C } } " + C, Map.of("c", contractId)).at("data.node");
        answers.put("LinkSupportContractPayload.contract", api.post(caller, null, """
                mutation($a: String!, $k: String!) { linkSupportContract(input: {accessId: $a, contractId: $k}) {
                  contract { ...C } userErrors { code } } } """ + C,
                Map.of("a", current.get("accessId").asString(), "k", current.get("contractId").asString())));
        String self = api.post(caller, null, "{ viewer { account { id } } }", Map.of()).at("data.viewer.account.id").asString();
        answers.put("UnlinkSupportContractPayload.contract", api.post(caller, null, """
                mutation($c: ID!, $a: ID!) { unlinkSupportContract(input: {supportContractId: $c, accountId: $a}) {
                  contract { ...C } userErrors { code } } } """ + C, Map.of("c", contractId, "a", self)));
        return answers;
    }

    private static String idOr(JsonNode id, java.util.function.Supplier<String> otherwise) {
        return id.isMissingNode() || id.isNull() ? otherwise.get() : id.asString();
    }

    /** No answer holds the current pair or the old one, and every accessId and contractId in it is null. */
    private void assertNoCredentials(String path, GraphQlHttp.Response response) {
        JsonNode current = api.post(admin, null, "query($c: ID!) { node(id: $c) { ...C } } " + C, Map.of("c", contractId)).at("data.node");
        assertThat(response.body()).as(path).doesNotContain(current.get("accessId").asString(), current.get("contractId").asString(),
                original.get("accessId").asString(), original.get("contractId").asString(),
                rotated.get("accessId").asString(), rotated.get("contractId").asString());
        assertThat(response.json().findValues("accessId")).as(path).allMatch(JsonNode::isNull);
        assertThat(response.json().findValues("contractId")).as(path).allMatch(JsonNode::isNull);
        assertThat(response.json().findValuesAsString("code")).as(path + ": " + response.body()).doesNotContain("INTERNAL_ERROR");
    }

    /** The object fields whose type is SupportContract, or a list of it, as the running service describes its schema. */
    private Set<String> fieldsAnsweringSupportContract() {
        Set<String> fields = new TreeSet<>();
        List<String> payloadsWithABenefit = new ArrayList<>();
        for (JsonNode type : api.post(OPERATOR, null, INTROSPECT, Map.of()).at("data.__schema.types")) {
            if (!"OBJECT".equals(type.get("kind").asString()) || type.get("name").asString().startsWith("__")) {
                continue;
            }
            for (JsonNode field : type.get("fields")) {
                String named = innermost(field.get("type"));
                String key = type.get("name").asString() + "." + field.get("name").asString();
                if ("SupportContract".equals(named)) {
                    fields.add(key);
                } else if ("TechnicalBenefit".equals(named) && type.get("name").asString().endsWith("Payload")) {
                    payloadsWithABenefit.add(key);
                }
            }
        }
        fields.addAll(payloadsWithABenefit);
        return fields;
    }

    private static String innermost(JsonNode type) {
        JsonNode at = type;
        while (at.get("ofType") != null && !at.get("ofType").isNull()) {
            at = at.get("ofType");
        }
        return at.get("name").asString();
    }
}
