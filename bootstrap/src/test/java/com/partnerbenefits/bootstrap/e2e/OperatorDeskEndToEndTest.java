package com.partnerbenefits.bootstrap.e2e;

import static com.partnerbenefits.bootstrap.e2e.BackOfficeEndToEndTest.OPERATOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import tools.jackson.databind.JsonNode;

/** The operator's desk over HTTP: finding partners and accounts, a new product version, editing and removing accounts. */
class OperatorDeskEndToEndTest extends EndToEndTest {

    static final String PARTNERS = """
            query($first: Int, $after: String, $search: String) { partners(first: $first, after: $after, search: $search) {
              totalCount edges { cursor node { name mpnId } } nodes { id name }
              pageInfo { hasNextPage endCursor } } }""";

    static final String ACCOUNTS = """
            query($search: String) { accounts(first: 100, search: $search) { totalCount nodes { id login roles partner { name } } } }""";

    static final String PARTNER_ACCOUNTS = """
            query($p: ID!) { node(id: $p) { ... on Partner { name accounts(first: 10) {
              totalCount nodes { login roles } pageInfo { hasNextPage } } } } }""";

    static final String ADD_VERSION = """
            mutation($p: ID!, $v: String!) { addProductVersion(input: {productId: $p, version: $v}) {
              product { name versions { name supported } } userErrors { code message field } } }""";

    static final String UPDATE_ACCOUNT = """
            mutation($a: ID!) { updateAccount(input: {accountId: $a, roles: [ADMIN_AGENT], associations: [CSP]}) {
              account { login roles associations } userErrors { code message field } } }""";

    static final String REMOVE_ACCOUNT = """
            mutation($a: ID!) { removeAccountFromPartner(input: {accountId: $a}) {
              account { login roles associations partner { name } } userErrors { code message field } } }""";

    static final String PLANS = """
            query($p: ID!, $v: String!) { supportPlans(productId: $p, productVersion: $v) {
              available { contract { id } } unavailable { reason } } }""";

    @Autowired
    MongoConnectionDetails store;

    String tag;

    @BeforeEach
    void aBackOffice() {
        tag = "Desk" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void operatorsPageThroughPartnersNewestFirstAndFindThemByNameOrMpnId() {
        BackOffice.Partner first = backOffice.partner(tag + " Alpha");
        BackOffice.Partner second = backOffice.partner(tag + " Beta");
        BackOffice.Partner third = backOffice.partner(tag + " Gamma (EU)");

        GraphQlHttp.Response page1 = partners(2, null, tag.toLowerCase());
        JsonNode one = page1.at("data.partners");
        GraphQlHttp.Response page2 = partners(2, one.at("/pageInfo/endCursor").asString(), tag.toUpperCase());
        JsonNode two = page2.at("data.partners");

        assertThat(names(one.get("nodes"))).as(page1.body()).containsExactly(tag + " Gamma (EU)", tag + " Beta");
        assertThat(one.get("totalCount").asInt()).isEqualTo(3);
        assertThat(one.at("/pageInfo/hasNextPage").asBoolean()).isTrue();
        assertThat(one.at("/pageInfo/endCursor").asString()).isEqualTo(one.at("/edges/1/cursor").asString());
        assertThat(one.at("/edges/1/node/mpnId").asString()).isEqualTo(second.mpnId());
        assertThat(names(two.get("nodes"))).containsExactly(tag + " Alpha");
        assertThat(two.at("/pageInfo/hasNextPage").asBoolean()).isFalse();
        assertThat(names(partners(10, null, third.mpnId().substring(0, 9)).at("data.partners.nodes")))
                .contains(tag + " Gamma (EU)");
        assertThat(names(partners(10, null, first.mpnId()).at("data.partners.nodes"))).containsExactly(tag + " Alpha");
        assertThat(names(partners(10, null, "mma (eu").at("data.partners.nodes"))).contains(tag + " Gamma (EU)");
        assertThat(partners(10, null, tag + " Gam.a").at("data.partners.totalCount").asInt()).isZero();
    }

    @Test
    void onlyOperatorsListAndBadSearchesPagesAndCursorsAreInvalidInput() {
        BackOffice.Partner partner = backOffice.partner(tag);
        String admin = backOffice.globalAdmin(partner);

        GraphQlHttp.Response refused = api.post(admin, null, PARTNERS, Map.of());
        assertThat(refused.at("data").isNull()).as(refused.body()).isTrue();
        assertThat(refused.at("errors.0.extensions.code").asString()).isEqualTo("NOT_AUTHORIZED");
        assertThat(api.post(admin, null, ACCOUNTS, Map.of()).at("errors.0.extensions.code").asString())
                .isEqualTo("NOT_AUTHORIZED");
        for (String bad : List.of("(a+)+$", ".*", "a\u0000", "x".repeat(101), " ")) {
            GraphQlHttp.Response invalid = partners(10, null, bad);
            assertThat(invalid.at("errors.0.extensions.code").asString()).as(invalid.body()).isEqualTo("INVALID_INPUT");
            assertThat(invalid.body()).doesNotContain("Exception").doesNotContain("regex");
        }
        assertThat(api.post(OPERATOR, "ja", ACCOUNTS, Map.of("search", "[a-z]+")).at("errors.0.message").asString())
                .contains("search");
        assertThat(partners(0, null, null).at("errors.0.extensions.code").asString()).isEqualTo("INVALID_INPUT");
        assertThat(partners(10, "not-a-cursor", null).at("errors.0.extensions.code").asString()).isEqualTo("INVALID_INPUT");
    }

    @Test
    void operatorsFindAnyAccountByLoginAndAPartnersAdminsSeeItsAccounts() {
        BackOffice.Partner partner = backOffice.partner(tag);
        String admin = backOffice.globalAdmin(partner);
        String developer = backOffice.member(partner, "developer", "", "MPN");
        String outside = tag.toLowerCase() + "-someone@outlook.com";
        api.post(GraphQlHttp.msaToken(outside), null, "{ viewer { account { id } } }", Map.of());

        JsonNode found = api.post(OPERATOR, null, ACCOUNTS, Map.of("search", tag.toUpperCase())).at("data.accounts");
        assertThat(found.get("totalCount").asInt()).isEqualTo(1);
        assertThat(found.at("/nodes/0/login").asString()).isEqualTo(outside);
        JsonNode members = api.post(OPERATOR, null, ACCOUNTS, Map.of("search", partner.mpnId() + "-")).at("data.accounts");
        assertThat(members.findValuesAsString("login")).containsExactly(partner.login("developer"), partner.login("admin"));

        JsonNode asAdmin = api.post(admin, null, PARTNER_ACCOUNTS, Map.of("p", partner.id())).at("data.node.accounts");
        assertThat(asAdmin.get("totalCount").asInt()).isEqualTo(2);
        assertThat(asAdmin.findValuesAsString("login")).containsExactly(partner.login("developer"), partner.login("admin"));
        assertThat(api.post(OPERATOR, null, PARTNER_ACCOUNTS, Map.of("p", partner.id())).at("data.node.accounts.totalCount")
                .asInt()).isEqualTo(2);
        GraphQlHttp.Response asDeveloper = api.post(developer, null, PARTNER_ACCOUNTS, Map.of("p", partner.id()));
        assertThat(asDeveloper.at("data.node.name").asString()).as(asDeveloper.body()).isEqualTo(tag);
        assertThat(asDeveloper.at("data.node.accounts").isNull()).isTrue();
        assertThat(asDeveloper.at("errors.0.extensions.code").asString()).isEqualTo("NOT_AUTHORIZED");
    }

    @Test
    void aNewVersionMovesTheNMinusOneWindowForPlansAndRaisesAtOnce() {
        BackOffice.Partner partner = backOffice.partner(tag);
        String admin = backOffice.globalAdmin(partner);
        String gold = backOffice.activeMembership(partner, "GOLD_COMPETENCY", "Cloud Platform");
        JsonNode contract = benefits.activated(admin, gold, "MICROSOFT_PRODUCT_SUPPORT");
        String product = Incidents.product(api, tag + " SQL", "ON_PREMISES", "[\"2019\", \"2022\"]");
        benefits.link(admin, null, contract);
        assertThat(api.post(admin, null, PLANS, Map.of("p", product, "v", "2019")).at("data.supportPlans.available").size())
                .isEqualTo(1);

        GraphQlHttp.Response added = api.post(OPERATOR, null, ADD_VERSION, Map.of("p", product, "v", "2025"));

        assertThat(added.at("data.addProductVersion.userErrors").size()).as(added.body()).isZero();
        assertThat(added.at("data.addProductVersion.product.versions").findValuesAsString("name"))
                .containsExactly("2019", "2022", "2025");
        assertThat(api.post(admin, null, PLANS, Map.of("p", product, "v", "2019")).at("data.supportPlans.unavailable.0.reason")
                .asString()).isEqualTo("PRODUCT_VERSION_NOT_SUPPORTED");
        assertThat(incidents.raise(admin, contract.get("id").asString(), product, "2019", tag + "-old")
                .at("data.raiseIncident.userErrors.0.code").asString()).isEqualTo("PRODUCT_VERSION_NOT_SUPPORTED");
        assertThat(incidents.raise(admin, contract.get("id").asString(), product, "2025", tag + "-new")
                .at("data.raiseIncident.userErrors").size()).isZero();

        GraphQlHttp.Response again = api.post(OPERATOR, "pt-BR", ADD_VERSION, Map.of("p", product, "v", " 2022 "));
        assertThat(again.at("data.addProductVersion.product").isNull()).isTrue();
        assertThat(again.at("data.addProductVersion.userErrors.0.code").asString()).isEqualTo("INVALID_INPUT");
        assertThat(again.at("data.addProductVersion.userErrors.0.field").toString()).isEqualTo("[\"input\",\"version\"]");
        assertThat(again.at("data.addProductVersion.userErrors.0.message").asString()).contains("já tem a versão 2022");
        assertThat(api.post(OPERATOR, null, ADD_VERSION, Map.of("p", product, "v", ""))
                .at("data.addProductVersion.userErrors.0.field").toString()).isEqualTo("[\"input\",\"version\"]");
        assertThat(api.post(OPERATOR, null, ADD_VERSION, Map.of("p", "bm90LWFuLWlk", "v", "1"))
                .at("data.addProductVersion.userErrors.0.code").asString()).isEqualTo("NOT_FOUND");
        GraphQlHttp.Response notOperator = api.post(admin, null, ADD_VERSION, Map.of("p", product, "v", "2030"));
        assertThat(notOperator.at("data.addProductVersion.userErrors.0.code").asString()).isEqualTo("NOT_AUTHORIZED");
        assertThat(notOperator.at("errors.0.extensions.code").asString()).isEqualTo("NOT_AUTHORIZED");
    }

    @Test
    void anEditedAccountLosesItsRightsOnItsNextRequestAndARemovedOneSeesNothingOfThePartner() {
        BackOffice.Partner partner = backOffice.partner(tag);
        String admin = backOffice.globalAdmin(partner);
        String gold = backOffice.activeMembership(partner, "GOLD_COMPETENCY", "Cloud Platform");
        String productSupport = benefits.benefitId(admin, gold, "MICROSOFT_PRODUCT_SUPPORT");
        JsonNode contract = benefits.activated(admin, productSupport);
        assertThat(benefits.link(admin, null, contract).at("data.linkSupportContract.userErrors").size()).isZero();
        String adminId = accountId(admin);

        GraphQlHttp.Response updated = api.post(OPERATOR, null, UPDATE_ACCOUNT, Map.of("a", adminId));
        assertThat(updated.at("data.updateAccount.account.roles").toString()).as(updated.body()).isEqualTo("[\"ADMIN_AGENT\"]");
        assertThat(benefits.activate(admin, null, benefits.benefitId(OPERATOR, gold, "SIGNATURE_CLOUD_SUPPORT"))
                .at("data.activateTechnicalBenefit.userErrors.0.code").asString()).isEqualTo("NOT_AUTHORIZED");

        GraphQlHttp.Response removed = api.post(OPERATOR, null, REMOVE_ACCOUNT, Map.of("a", adminId));
        JsonNode account = removed.at("data.removeAccountFromPartner.account");
        assertThat(account.get("partner").isNull()).as(removed.body()).isTrue();
        assertThat(account.get("roles").size()).isZero();
        JsonNode viewer = api.post(admin, null, "{ viewer { partner { name } linkedContracts { id } } }", Map.of())
                .at("data.viewer");
        assertThat(viewer.get("partner").isNull()).isTrue();
        assertThat(viewer.get("linkedContracts").size()).as("links stay until unlinked").isEqualTo(1);
        assertThat(api.post(OPERATOR, null, REMOVE_ACCOUNT, Map.of("a", adminId)).at("data.removeAccountFromPartner.userErrors")
                .size()).as("removing again is safe").isZero();

        GraphQlHttp.Response standalone = api.post(OPERATOR, "ja", UPDATE_ACCOUNT, Map.of("a", adminId));
        assertThat(standalone.at("data.updateAccount.userErrors.0.code").asString()).isEqualTo("INVALID_INPUT");
        assertThat(standalone.at("data.updateAccount.userErrors.0.field").toString()).isEqualTo("[\"input\",\"accountId\"]");
        assertThat(standalone.at("data.updateAccount.userErrors.0.message").asString()).contains("パートナーに登録");
        GraphQlHttp.Response noAssociation = api.post(OPERATOR, null, """
                mutation($a: ID!) { updateAccount(input: {accountId: $a, roles: [], associations: []}) {
                  userErrors { code field } } }""", Map.of("a", accountId(backOffice.member(partner, "dev", "", "MPN"))));
        assertThat(noAssociation.at("data.updateAccount.userErrors.0.field").toString())
                .isEqualTo("[\"input\",\"associations\"]");
        assertThat(api.post(admin, null, REMOVE_ACCOUNT, Map.of("a", adminId)).at("data.removeAccountFromPartner.userErrors.0.code")
                .asString()).isEqualTo("NOT_AUTHORIZED");
        assertThat(api.post(OPERATOR, null, REMOVE_ACCOUNT, Map.of("a", "bm90LWFuLWlk"))
                .at("data.removeAccountFromPartner.userErrors.0.field").toString()).isEqualTo("[\"input\",\"accountId\"]");
    }

    /** Nothing is remembered per instance: a version, an edit and a removal made on one show on the other at once. */
    @Test
    void changesOnOneInstanceApplyOnTheOtherAtOnce() {
        BackOffice.Partner partner = backOffice.partner(tag);
        String admin = backOffice.globalAdmin(partner);
        String gold = backOffice.activeMembership(partner, "GOLD_COMPETENCY", "Cloud Platform");
        JsonNode contract = benefits.activated(admin, gold, "MICROSOFT_PRODUCT_SUPPORT");
        String product = Incidents.product(api, tag + " Exchange", "ON_PREMISES", "[\"2016\", \"2019\"]");
        benefits.link(admin, null, contract);
        try (SecondInstance other = SecondInstance.sharing(store)) {
            Incidents elsewhere = new Incidents(other.api);
            assertThat(elsewhere.raise(admin, contract.get("id").asString(), product, "2016", tag + "-1")
                    .at("data.raiseIncident.userErrors").size()).as("the other instance has read the product").isZero();
            assertThat(other.api.post(admin, null, PLANS, Map.of("p", product, "v", "2016"))
                    .at("data.supportPlans.available").size()).isEqualTo(1);

            assertThat(api.post(OPERATOR, null, ADD_VERSION, Map.of("p", product, "v", "2024"))
                    .at("data.addProductVersion.userErrors").size()).isZero();

            assertThat(other.api.post(admin, null, PLANS, Map.of("p", product, "v", "2016"))
                    .at("data.supportPlans.unavailable.0.reason").asString()).isEqualTo("PRODUCT_VERSION_NOT_SUPPORTED");
            assertThat(elsewhere.raise(admin, contract.get("id").asString(), product, "2016", tag + "-2")
                    .at("data.raiseIncident.userErrors.0.code").asString()).isEqualTo("PRODUCT_VERSION_NOT_SUPPORTED");
            assertThat(other.api.post(admin, null, "{ products { name versions { name supported } } }", Map.of())
                    .at("data.products").toString()).contains("{\"name\":\"2024\",\"supported\":true}");

            String adminId = accountId(admin);
            assertThat(other.api.post(admin, null, "{ viewer { account { roles } } }", Map.of())
                    .at("data.viewer.account.roles.0").asString()).isEqualTo("GLOBAL_ADMIN");
            api.post(OPERATOR, null, UPDATE_ACCOUNT, Map.of("a", adminId));
            assertThat(other.api.post(admin, null, "{ viewer { account { roles } } }", Map.of())
                    .at("data.viewer.account.roles.0").asString()).isEqualTo("ADMIN_AGENT");
            api.post(OPERATOR, null, REMOVE_ACCOUNT, Map.of("a", adminId));
            assertThat(other.api.post(admin, null, "{ viewer { partner { name } } }", Map.of())
                    .at("data.viewer.partner").isNull()).isTrue();
        }
    }

    private GraphQlHttp.Response partners(int first, String after, String search) {
        Map<String, Object> variables = new java.util.HashMap<>();
        variables.put("first", first);
        variables.put("after", after);
        variables.put("search", search);
        return api.post(OPERATOR, null, PARTNERS, variables);
    }

    private String accountId(String token) {
        return api.post(token, null, "{ viewer { account { id } } }", Map.of()).at("data.viewer.account.id").asString();
    }

    private static List<String> names(JsonNode nodes) {
        List<String> names = new ArrayList<>();
        nodes.forEach(node -> names.add(node.get("name").asString()));
        return names;
    }
}
