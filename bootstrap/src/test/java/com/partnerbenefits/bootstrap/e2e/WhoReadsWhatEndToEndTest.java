package com.partnerbenefits.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * SPEC 5.1 and 5.4 over HTTP: an account outside the partner that linked a contract sees only the
 * incidents it raised; another partner's people show by their login only; whose plan it is and who
 * raised an incident are told to those who may know.
 */
class WhoReadsWhatEndToEndTest extends EndToEndTest {

    static final String CONTRACT_INCIDENTS = """
            query($c: ID!) { node(id: $c) { ... on SupportContract { incidents(first: 50) { totalCount nodes { id title } } } } }""";

    static final String INCIDENT = """
            query($i: ID!) { node(id: $i) { ... on Incident { id title raisedBy { login roles associations partner { id } } } } }""";

    BackOffice.Partner contoso;
    String admin;
    String member;
    JsonNode contract;
    String contractId;
    String sql;

    @BeforeEach
    void aContractOfContoso() {
        contoso = backOffice.partner("Contoso");
        admin = backOffice.globalAdmin(contoso);
        member = backOffice.member(contoso, "developer", "", "MPN");
        String gold = backOffice.activeMembership(contoso, "GOLD_COMPETENCY", "Data Platform");
        contract = benefits.activated(admin, gold, "MICROSOFT_PRODUCT_SUPPORT");
        contractId = contract.get("id").asString();
        sql = Incidents.product(api, "SQL Server", "ON_PREMISES", "[\"2019\", \"2022\"]");
    }

    /** Defect 4: the partner's incidents (titles, descriptions, notes) stay with the partner. */
    @Test
    void anOutsideAccountThatLinkedSeesOnlyTheIncidentsItRaised() {
        String one = contoso.outsideMsaAccount("one");
        String two = contoso.outsideMsaAccount("two");
        benefits.link(member, null, contract);
        benefits.link(one, null, contract);
        benefits.link(two, null, contract);
        String partners = raise(member, "partners-own");
        String ones = raise(one, "ones");
        String twos = raise(two, "twos");

        JsonNode seenByOne = api.post(one, null, CONTRACT_INCIDENTS, Map.of("c", contractId)).at("data.node.incidents");
        assertThat(seenByOne.findValuesAsString("id")).containsExactly(ones);
        assertThat(seenByOne.get("totalCount").asInt()).isEqualTo(1);
        assertThat(api.post(one, null, "{ viewer { linkedContracts { incidents { nodes { id } } } } }", Map.of())
                .json().findValuesAsString("id")).containsExactly(ones);
        for (String others : List.of(partners, twos)) {
            GraphQlHttp.Response read = api.post(one, null, INCIDENT, Map.of("i", others));
            assertThat(read.at("data.node").isNull()).as(read.body()).isTrue();
        }
        for (String insider : List.of(admin, member, SupportDeskEndToEndTest.SUPPORT)) {
            assertThat(api.post(insider, null, CONTRACT_INCIDENTS, Map.of("c", contractId)).at("data.node.incidents")
                    .findValuesAsString("id")).containsExactlyInAnyOrder(partners, ones, twos);
        }
    }

    /** Defect 6: what node(account) hides does not show through the history, the links or the ledger. */
    @Test
    void anotherPartnersAccountShowsByItsLoginOnlyWhereItCannotBeLookedUp() {
        BackOffice.Partner fabrikam = backOffice.partner("Fabrikam");
        String stranger = backOffice.member(fabrikam, "admin", "GLOBAL_ADMIN", "MPN");
        benefits.link(stranger, null, contract);
        raise(stranger, "strangers");
        String account = "account { login roles associations partner { id } }";

        GraphQlHttp.Response read = api.post(admin, null, """
                query($c: ID!) { node(id: $c) { ... on SupportContract {
                  linkedAccounts { %1$s } history(first: 10) { nodes { actor { login } %1$s } }
                  usage(first: 10) { edges { node { %1$s } } } } } }""".formatted(account), Map.of("c", contractId));

        List<JsonNode> shown = read.json().findValues("account").stream().filter(node -> !node.isNull()).toList();
        assertThat(shown).as(read.body()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(shown).allSatisfy(node -> {
            assertThat(node.get("login").asString()).isEqualTo(fabrikam.login("admin"));
            assertThat(node.get("roles").size()).isZero();
            assertThat(node.get("associations").size()).isZero();
            assertThat(node.get("partner").isNull()).isTrue();
        });
        JsonNode byOperator = api.post(BackOfficeEndToEndTest.OPERATOR, null, """
                query($c: ID!) { node(id: $c) { ... on SupportContract { linkedAccounts { %s } } } }""".formatted(account),
                Map.of("c", contractId)).at("data.node.linkedAccounts.0.account");
        assertThat(byOperator.at("/roles/0").asString()).as("operators see every account whole").isEqualTo("GLOBAL_ADMIN");
    }

    /** SPEC 5.4: an outsider recognises its plan by the partner's name; the raiser is told to those who may know. */
    @Test
    void theContractNamesItsPartnerAndTheIncidentItsRaiserToThoseWhoMayKnow() {
        String outsider = contoso.outsideMsaAccount("recognises");
        benefits.link(outsider, null, contract);
        benefits.link(member, null, contract);
        String outsiders = raise(outsider, "outsiders");
        String members = raise(member, "members");

        JsonNode plans = api.post(outsider, null, "{ viewer { linkedContracts { partnerName benefitKind startsOn endsOn contractId } } }",
                Map.of()).at("data.viewer.linkedContracts.0");
        assertThat(plans.get("partnerName").asString()).isEqualTo("Contoso");
        assertThat(plans.get("contractId").isNull()).isTrue();

        assertThat(api.post(outsider, null, INCIDENT, Map.of("i", outsiders)).at("data.node.raisedBy.login").asString())
                .endsWith("-recognises@outlook.com");
        for (String knows : List.of(admin, member, SupportDeskEndToEndTest.SUPPORT)) {
            assertThat(api.post(knows, null, INCIDENT, Map.of("i", outsiders)).at("data.node.raisedBy.login").asString())
                    .endsWith("-recognises@outlook.com");
        }
        JsonNode toSupport = api.post(SupportDeskEndToEndTest.SUPPORT, null, INCIDENT, Map.of("i", members)).at("data.node.raisedBy");
        assertThat(toSupport.get("login").asString()).isEqualTo(contoso.login("developer"));
        assertThat(toSupport.get("associations").size()).as("the desk sees the login, not the partner's roles").isZero();
    }

    private String raise(String token, String key) {
        GraphQlHttp.Response raised = incidents.raise(token, contractId, sql, "2022", contoso.mpnId() + key);
        assertThat(raised.at("data.raiseIncident.userErrors").size()).as(raised.body()).isZero();
        return raised.at("data.raiseIncident.incident.id").asString();
    }
}
