package com.partnerbenefits.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Partner A's objects, of every node type, are invisible to partner B's accounts; a CSP-only account
 * of A does not see A's MPN benefits; guessed or edited IDs find nothing and never fail.
 */
class TenantIsolationEndToEndTest extends EndToEndTest {

    private static final String NODE = "query($id: ID!) { node(id: $id) { id } }";

    BackOffice.Partner contoso;
    String contosoAdmin;
    String contosoCspAgent;
    String fabrikamAdmin;
    String fabrikamDeveloper;
    Map<String, String> contosoObjects = new LinkedHashMap<>();

    @BeforeEach
    void twoPartnersWithEveryKindOfObject() {
        contoso = backOffice.partner("Contoso");
        contosoAdmin = backOffice.globalAdmin(contoso);
        contosoCspAgent = backOffice.member(contoso, "csp-agent", "ADMIN_AGENT", "CSP");
        BackOffice.Partner fabrikam = backOffice.partner("Fabrikam");
        fabrikamAdmin = backOffice.globalAdmin(fabrikam);
        fabrikamDeveloper = backOffice.member(fabrikam, "developer", "", "MPN");
        String membership = backOffice.activeMembership(contoso, "GOLD_COMPETENCY", "Security");
        String benefit = benefits.benefitId(contosoAdmin, membership, "MICROSOFT_PRODUCT_SUPPORT");
        JsonNode contract = benefits.activated(contosoAdmin, benefit);
        benefits.link(contosoAdmin, null, contract);
        String sql = Incidents.product(api, "SQL Server", "ON_PREMISES", "[\"2022\"]");
        String incident = incidents.raise(contosoAdmin, contract.get("id").asString(), sql, "2022", "isolation")
                .at("data.raiseIncident.incident.id").asString();
        contosoObjects.put("Partner", contoso.id());
        contosoObjects.put("Account", api.post(contosoAdmin, null, "{ viewer { account { id } } }", Map.of())
                .at("data.viewer.account.id").asString());
        contosoObjects.put("Membership", membership);
        contosoObjects.put("TechnicalBenefit", benefit);
        contosoObjects.put("SupportContract", contract.get("id").asString());
        contosoObjects.put("Incident", incident);
    }

    @Test
    void everyNodeTypeIsVisibleToItsOwnerAndToNoOtherPartner() {
        contosoObjects.forEach((type, id) -> {
            assertThat(node(contosoAdmin, id).get("id").asString()).as(type).isEqualTo(id);
            for (String stranger : List.of(fabrikamAdmin, fabrikamDeveloper, GraphQlHttp.msaToken("guess@outlook.com"))) {
                assertNothing(api.post(stranger, null, NODE, Map.of("id", id)), type);
            }
        });
    }

    @Test
    void aCspOnlyAccountSeesItsPartnerButNoneOfItsMpnBenefits() {
        for (String type : List.of("Membership", "TechnicalBenefit", "SupportContract", "Incident")) {
            assertNothing(api.post(contosoCspAgent, null, NODE, Map.of("id", contosoObjects.get(type))), type);
        }
        assertThat(node(contosoCspAgent, contosoObjects.get("Partner")).get("id").asString()).isEqualTo(contoso.id());
        GraphQlHttp.Response page = api.post(contosoCspAgent, null, "{ viewer { partner { technicalBenefits { id } } } }",
                Map.of());
        assertThat(page.at("errors.0.extensions.code").asString()).isEqualTo("NOT_AUTHORIZED");
    }

    @Test
    void editedAndGuessedIdsFindNothingAndNeverFail() {
        contosoObjects.forEach((type, id) -> {
            for (String edited : List.of(flipLast(id), id.substring(0, id.length() - 1), id + "A", id.toLowerCase(),
                    retyped(id, type.equals("Partner") ? "Account" : "Partner"))) {
                assertNothing(api.post(contosoAdmin, null, NODE, Map.of("id", edited)), type + " edited to " + edited);
            }
        });
    }

    @Test
    void queriesAnswerOnlyTheCallersOwnPartnerAndLinks() {
        GraphQlHttp.Response mine = api.post(fabrikamAdmin, null, "{ viewer { partner { id } linkedContracts { id } "
                + "incidents { totalCount } } }", Map.of());

        assertThat(mine.at("data.viewer.partner.id").asString()).isNotEqualTo(contoso.id());
        assertThat(mine.at("data.viewer.linkedContracts").size()).isZero();
        assertThat(mine.at("data.viewer.incidents.totalCount").asInt()).isZero();
        assertThat(mine.body()).doesNotContain(contosoObjects.get("SupportContract"));
    }

    private JsonNode node(String token, String id) {
        GraphQlHttp.Response response = api.post(token, null, NODE, Map.of("id", id));
        assertThat(response.at("errors").isMissingNode()).as(response.body()).isTrue();
        return response.at("data.node");
    }

    private static void assertNothing(GraphQlHttp.Response response, String what) {
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.at("data.node").isNull()).as(what + ": " + response.body()).isTrue();
        assertThat(response.at("errors").isMissingNode()).as(what + ": " + response.body()).isTrue();
    }

    private static String flipLast(String id) {
        char last = id.charAt(id.length() - 1);
        return id.substring(0, id.length() - 1) + (last == 'A' ? 'B' : 'A');
    }

    /** The same raw ID under another type's name: the tag no longer matches. */
    private static String retyped(String id, String otherType) {
        String decoded = new String(java.util.Base64.getUrlDecoder().decode(id), java.nio.charset.StandardCharsets.ISO_8859_1);
        String swapped = otherType + decoded.substring(decoded.indexOf(':'));
        return java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(swapped.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    }
}
