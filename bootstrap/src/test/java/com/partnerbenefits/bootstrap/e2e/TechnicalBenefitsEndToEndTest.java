package com.partnerbenefits.bootstrap.e2e;

import static com.partnerbenefits.bootstrap.e2e.BackOffice.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import tools.jackson.databind.JsonNode;

/** The "Technical benefits" page of the article: entitlements, activation, visibility, contract status. */
class TechnicalBenefitsEndToEndTest extends EndToEndTest {

    @Autowired
    MongoTemplate mongo;

    BackOffice.Partner contoso;
    String admin;

    @BeforeEach
    void aPartnerWithAnAdmin() {
        contoso = backOffice.partner("Contoso");
        admin = backOffice.globalAdmin(contoso);
    }

    @ParameterizedTest(name = "{0} {1}: product support {2}, cloud support {3}")
    @CsvSource(nullValues = "none", value = {
            "ACTION_PACK,       none,           10, none",
            "SILVER_COMPETENCY, Cloud Platform, 15, unlimited",
            "SILVER_COMPETENCY, Data Platform,  15, 5",
            "GOLD_COMPETENCY,   Security,       20, unlimited",
            "GOLD_COMPETENCY,   Data Analytics, 20, 10"})
    void eachRowOfTheEntitlementTableBecomesContractsOfThatSize(String offer, String area, int productIncidents,
            String cloudIncidents) {
        String membership = backOffice.activeMembership(contoso, offer, area);

        JsonNode granted = benefits.dashboard(admin, null).at("data.viewer.partner.memberships.0.benefits");
        JsonNode productContract = activatedContract(benefits.benefitId(admin, membership, "MICROSOFT_PRODUCT_SUPPORT"));

        assertThat(granted.get(0).get("kind").asString()).isEqualTo("MICROSOFT_PRODUCT_SUPPORT");
        assertThat(granted.get(0).get("incidentAllowance").asInt()).isEqualTo(productIncidents);
        assertThat(productContract.get("incidentsTotal").asInt()).isEqualTo(productIncidents);
        assertThat(productContract.get("incidentsRemaining").asInt()).isEqualTo(productIncidents);
        if (cloudIncidents == null) {
            assertThat(granted.size()).isEqualTo(1);
            return;
        }
        JsonNode cloudContract = activatedContract(benefits.benefitId(admin, membership, "SIGNATURE_CLOUD_SUPPORT"));
        assertThat(granted.get(1).get("kind").asString()).isEqualTo("SIGNATURE_CLOUD_SUPPORT");
        if (cloudIncidents.equals("unlimited")) {
            assertThat(granted.get(1).get("unlimited").asBoolean()).isTrue();
            assertThat(granted.get(1).get("incidentAllowance").isNull()).isTrue();
            assertThat(cloudContract.get("unlimited").asBoolean()).isTrue();
            assertThat(cloudContract.get("incidentsTotal").isNull()).isTrue();
            assertThat(cloudContract.get("incidentsRemaining").isNull()).isTrue();
        } else {
            assertThat(granted.get(1).get("incidentAllowance").asInt()).isEqualTo(Integer.parseInt(cloudIncidents));
            assertThat(cloudContract.get("incidentsRemaining").asInt()).isEqualTo(Integer.parseInt(cloudIncidents));
        }
    }

    @Test
    void activationIssuesCredentialsThatRunUntilTheMembershipEnds() {
        String membership = backOffice.membership(contoso, "GOLD_COMPETENCY", "Cloud Platform", TODAY.minusMonths(1),
                TODAY.plusMonths(6));

        GraphQlHttp.Response activated = benefits.activate(admin, null,
                benefits.benefitId(admin, membership, "MICROSOFT_PRODUCT_SUPPORT"));

        JsonNode contract = activated.at("data.activateTechnicalBenefit.benefit.contract");
        assertThat(activated.at("data.activateTechnicalBenefit.alreadyActivated").asBoolean()).isFalse();
        assertThat(activated.at("data.activateTechnicalBenefit.benefit.activated").asBoolean()).isTrue();
        assertThat(contract.get("accessId").asString()).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        assertThat(contract.get("contractId").asString()).matches("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
        assertThat(contract.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(contract.get("startsOn").asString()).isEqualTo(TODAY.toString());
        assertThat(contract.get("endsOn").asString()).isEqualTo(TODAY.plusMonths(6).toString());
    }

    @Test
    void mpnPartnerAdminsMayActivateToo() {
        String membership = backOffice.activeMembership(contoso, "ACTION_PACK", null);
        String mpnAdmin = backOffice.member(contoso, "mpnadmin", "MPN_PARTNER_ADMIN", "MPN, CSP");

        GraphQlHttp.Response activated = benefits.activate(mpnAdmin, null,
                benefits.benefitId(admin, membership, "MICROSOFT_PRODUCT_SUPPORT"));

        assertThat(activated.at("data.activateTechnicalBenefit.userErrors").size()).isZero();
        assertThat(activated.at("data.activateTechnicalBenefit.benefit.contract.incidentsRemaining").asInt()).isEqualTo(10);
    }

    @Test
    void membersWithoutAnAdminRoleAreToldWhoCanActivate() {
        String benefit = benefits.benefitId(admin, backOffice.activeMembership(contoso, "ACTION_PACK", null),
                "MICROSOFT_PRODUCT_SUPPORT");
        String agent = backOffice.member(contoso, "agent", "ADMIN_AGENT", "MPN, CSP");
        String developer = backOffice.member(contoso, "developer", "", "MPN");

        Map<String, String> messages = Map.of(
                "en", "requires the Global Admin or MPN Partner Admin role",
                "ja", "グローバル管理者ロールまたは MPN パートナー管理者ロールが必要です",
                "pt-BR", "requer as funções de Administrador Global ou Administrador de Parceiro do MPN");
        messages.forEach((language, message) -> {
            for (String member : List.of(agent, developer)) {
                JsonNode error = benefits.activate(member, language, benefit).at("data.activateTechnicalBenefit.userErrors.0");
                assertThat(error.get("code").asString()).isEqualTo("ACTIVATION_ROLE_REQUIRED");
                assertThat(error.get("message").asString()).contains(message);
            }
        });
        assertThat(contractOf(benefit)).isNull();
    }

    @Test
    void cspOnlyAccountsOtherPartnersAndOutsidersAreNotAuthorized() {
        String benefit = benefits.benefitId(admin, backOffice.activeMembership(contoso, "ACTION_PACK", null),
                "MICROSOFT_PRODUCT_SUPPORT");
        BackOffice.Partner fabrikam = backOffice.partner("Fabrikam");
        List<String> strangers = List.of(backOffice.member(contoso, "csp-admin", "GLOBAL_ADMIN", "CSP"),
                backOffice.globalAdmin(fabrikam), GraphQlHttp.token(contoso.mpnId() + "-outsider@outlook.com", false));

        for (String stranger : strangers) {
            GraphQlHttp.Response refused = benefits.activate(stranger, "ja", benefit);
            assertThat(refused.at("data.activateTechnicalBenefit.userErrors.0.code").asString()).isEqualTo("NOT_AUTHORIZED");
            assertThat(refused.at("data.activateTechnicalBenefit.userErrors.0.message").asString())
                    .isEqualTo("このアクションに対して承認されていません。");
            assertThat(refused.at("data.activateTechnicalBenefit.benefit").isNull()).isTrue();
        }
        assertThat(contractOf(benefit)).isNull();
    }

    @Test
    void anEditedOrUnknownBenefitIdIsNotFoundOnItsField() {
        String benefit = benefits.benefitId(admin, backOffice.activeMembership(contoso, "ACTION_PACK", null),
                "MICROSOFT_PRODUCT_SUPPORT");
        String edited = benefit.substring(0, benefit.length() - 3) + (benefit.endsWith("AAA") ? "BBB" : "AAA");

        for (String id : List.of(edited, "", "not-an-id", contoso.id())) {
            JsonNode error = benefits.activate(admin, null, id).at("data.activateTechnicalBenefit.userErrors.0");
            assertThat(error.get("code").asString()).isEqualTo("NOT_FOUND");
            assertThat(error.get("field").toString()).isEqualTo("[\"input\",\"benefitId\"]");
        }
    }

    @Test
    void activatingTwiceAnswersTheSameContractAndSaysSo() {
        String benefit = benefits.benefitId(admin, backOffice.activeMembership(contoso, "ACTION_PACK", null),
                "MICROSOFT_PRODUCT_SUPPORT");

        GraphQlHttp.Response first = benefits.activate(admin, null, benefit);
        GraphQlHttp.Response second = benefits.activate(backOffice.member(contoso, "other-admin", "GLOBAL_ADMIN", "MPN"),
                null, benefit);

        assertThat(second.at("data.activateTechnicalBenefit.alreadyActivated").asBoolean()).isTrue();
        assertThat(second.at("data.activateTechnicalBenefit.benefit.contract"))
                .isEqualTo(first.at("data.activateTechnicalBenefit.benefit.contract"));
    }

    @Test
    void adminsActivatingAtTheSameMomentGetTheSameIds() throws Exception {
        String benefit = benefits.benefitId(admin, backOffice.activeMembership(contoso, "GOLD_COMPETENCY", "Security"),
                "SIGNATURE_CLOUD_SUPPORT");
        List<String> admins = List.of(admin, backOffice.member(contoso, "mpn-admin", "MPN_PARTNER_ADMIN", "MPN"));
        int requests = 12;
        CyclicBarrier together = new CyclicBarrier(requests);
        ExecutorService clients = Executors.newFixedThreadPool(requests);
        try {
            List<Future<GraphQlHttp.Response>> answers = IntStream.range(0, requests).mapToObj(i -> clients.submit(() -> {
                together.await();
                return benefits.activate(admins.get(i % 2), null, benefit);
            })).toList();
            List<String> credentials = new java.util.ArrayList<>();
            int created = 0;
            for (Future<GraphQlHttp.Response> answer : answers) {
                GraphQlHttp.Response response = answer.get();
                JsonNode contract = response.at("data.activateTechnicalBenefit.benefit.contract");
                credentials.add(contract.get("accessId").asString() + " " + contract.get("contractId").asString());
                created += response.at("data.activateTechnicalBenefit.alreadyActivated").asBoolean() ? 0 : 1;
            }
            assertThat(credentials).hasSize(requests).containsOnly(credentials.get(0));
            assertThat(created).isEqualTo(1);
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void aMembershipThatHasEndedOrNotStartedCannotBeActivated() {
        String ended = backOffice.membership(contoso, "ACTION_PACK", null, TODAY.minusYears(1), TODAY.minusDays(1));
        String future = backOffice.membership(contoso, "ACTION_PACK", null, TODAY.plusDays(1), TODAY.plusYears(1));

        for (String membership : List.of(ended, future)) {
            JsonNode error = benefits.activate(admin, "pt-BR", benefits.benefitId(admin, membership, "MICROSOFT_PRODUCT_SUPPORT"))
                    .at("data.activateTechnicalBenefit.userErrors.0");
            assertThat(error.get("code").asString()).isEqualTo("MEMBERSHIP_NOT_ACTIVE");
            assertThat(error.get("message").asString()).startsWith("Este benefício pertence a uma associação");
        }
    }

    @Test
    void everyMpnAccountOfThePartnerSeesTheCredentialsAndCspOnlyAccountsAreRefused() {
        String benefit = benefits.benefitId(admin, backOffice.activeMembership(contoso, "SILVER_COMPETENCY", "Data Platform"),
                "MICROSOFT_PRODUCT_SUPPORT");
        JsonNode contract = benefits.activate(admin, null, benefit).at("data.activateTechnicalBenefit.benefit.contract");
        String developer = backOffice.member(contoso, "developer", "", "MPN");
        String cspAgent = backOffice.member(contoso, "csp-agent", "ADMIN_AGENT", "CSP");

        JsonNode seen = benefits.dashboard(developer, null).at("data.viewer.partner.technicalBenefits.0.contract");
        assertThat(seen.get("accessId")).isEqualTo(contract.get("accessId"));
        assertThat(seen.get("contractId")).isEqualTo(contract.get("contractId"));
        Map.of("en", "You are not authorized for this action.", "ja", "このアクションに対して承認されていません。",
                "pt-BR", "Você não está autorizado para essa ação.").forEach((language, message) -> {
                    GraphQlHttp.Response refused = benefits.dashboard(cspAgent, language);
                    assertThat(refused.at("data.viewer.partner.memberships").isMissingNode()
                            || refused.at("data.viewer.partner").isNull()).isTrue();
                    assertThat(refused.body()).doesNotContain(contract.get("accessId").asString());
                    assertThat(refused.at("errors.0.extensions.code").asString()).isEqualTo("NOT_AUTHORIZED");
                    assertThat(refused.at("errors.0.message").asString()).isEqualTo(message);
                });
    }

    @Test
    void anotherPartnersAccountsSeeNoneOfItNotEvenThroughNode() {
        String membership = backOffice.activeMembership(contoso, "GOLD_COMPETENCY", "Cloud Platform");
        String benefit = benefits.benefitId(admin, membership, "SIGNATURE_CLOUD_SUPPORT");
        String contract = benefits.activate(admin, null, benefit).at("data.activateTechnicalBenefit.benefit.contract.id").asString();
        String fabrikamAdmin = backOffice.globalAdmin(backOffice.partner("Fabrikam"));

        for (String id : List.of(contoso.id(), membership, benefit, contract)) {
            GraphQlHttp.Response foreign = api.post(fabrikamAdmin, null,
                    "query($id: ID!) { node(id: $id) { id ... on SupportContract { accessId } } }", Map.of("id", id));
            GraphQlHttp.Response own = api.post(admin, null, "query($id: ID!) { node(id: $id) { id } }", Map.of("id", id));
            assertThat(foreign.at("data.node").isNull()).as(id).isTrue();
            assertThat(foreign.at("errors").isMissingNode()).isTrue();
            assertThat(own.at("data.node.id").asString()).isEqualTo(id);
        }
        assertThat(benefits.dashboard(fabrikamAdmin, null).at("data.viewer.partner.technicalBenefits").size()).isZero();
    }

    @Test
    void aPartnerWithoutActiveMembershipsGetsAnEmptyPageAndTheArticlesMessage() {
        backOffice.membership(contoso, "GOLD_COMPETENCY", "Security", TODAY.minusYears(1), TODAY.minusDays(1));

        Map.of("en", "Looks like you don't have any benefits yet", "ja", "まだ特典がないように見えます",
                "pt-BR", "Parece que você ainda não tem nenhum benefício").forEach((language, message) -> {
                    JsonNode partner = benefits.dashboard(admin, language).at("data.viewer.partner");
                    assertThat(partner.get("technicalBenefits").size()).isZero();
                    assertThat(partner.get("emptyBenefitsMessage").asString()).isEqualTo(message);
                    assertThat(partner.get("memberships").get(0).get("active").asBoolean()).isFalse();
                });
        backOffice.activeMembership(contoso, "ACTION_PACK", null);
        assertThat(benefits.dashboard(admin, null).at("data.viewer.partner.emptyBenefitsMessage").isNull()).isTrue();
    }

    @Test
    void endingTheMembershipEarlyExpiresTheContractWithIt() {
        String membership = backOffice.membership(contoso, "ACTION_PACK", null, TODAY.minusYears(1), TODAY.plusYears(1));
        String benefit = benefits.benefitId(admin, membership, "MICROSOFT_PRODUCT_SUPPORT");
        benefits.activate(admin, null, benefit);

        backOffice.endMembership(membership, TODAY.minusDays(1));

        JsonNode contract = contractOf(benefit);
        assertThat(contract.get("status").asString()).isEqualTo("EXPIRED");
        assertThat(contract.get("endsOn").asString()).isEqualTo(TODAY.minusDays(1).toString());
        assertThat(benefits.activate(admin, null, benefit).at("data.activateTechnicalBenefit.alreadyActivated").asBoolean())
                .isTrue();
    }

    @Test
    void aContractWithNoIncidentsLeftIsExhausted() {
        String benefit = benefits.benefitId(admin, backOffice.activeMembership(contoso, "ACTION_PACK", null),
                "MICROSOFT_PRODUCT_SUPPORT");
        String accessId = benefits.activate(admin, null, benefit)
                .at("data.activateTechnicalBenefit.benefit.contract.accessId").asString();

        // Incidents arrive with their own issue; until then the count is used up directly in the store.
        mongo.updateFirst(Query.query(Criteria.where("accessId").is(accessId)), Update.update("incidentsRemaining", 0),
                "support_contracts");

        JsonNode contract = contractOf(benefit);
        assertThat(contract.get("status").asString()).isEqualTo("EXHAUSTED");
        assertThat(contract.get("incidentsRemaining").asInt()).isZero();
    }

    private JsonNode activatedContract(String benefitId) {
        GraphQlHttp.Response activated = benefits.activate(admin, null, benefitId);
        assertThat(activated.at("data.activateTechnicalBenefit.userErrors").size()).as(activated.body()).isZero();
        return activated.at("data.activateTechnicalBenefit.benefit.contract");
    }

    /** The benefit's contract as the partner's admin sees it; null until activated. */
    private JsonNode contractOf(String benefitId) {
        JsonNode contract = api.post(admin, null, "query($b: ID!) { node(id: $b) { ... on TechnicalBenefit { contract { "
                + Benefits.CONTRACT_FIELDS + " } } } }", Map.of("b", benefitId)).at("data.node.contract");
        return contract.isNull() ? null : contract;
    }
}
