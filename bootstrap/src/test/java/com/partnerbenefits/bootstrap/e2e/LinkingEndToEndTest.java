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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import tools.jackson.databind.JsonNode;

/** Linking contracts to accounts, the brute-force limit, who linked what, and the support-plan picker. */
class LinkingEndToEndTest extends EndToEndTest {

    private static final String LINKED_CONTRACTS = "{ viewer { linkedContracts { id contractId linkedToViewerAt status } } }";

    @Autowired
    MongoTemplate mongo;

    @Autowired
    MongoConnectionDetails store;

    BackOffice.Partner contoso;
    String admin;
    String gold;
    JsonNode productSupport;
    JsonNode cloudSupport;
    String outsider;

    @BeforeEach
    void aGoldPartnerWithActivatedBenefitsAndAnOutsider() {
        contoso = backOffice.partner("Contoso");
        admin = backOffice.globalAdmin(contoso);
        gold = backOffice.membership(contoso, "GOLD_COMPETENCY", "Cloud Platform", TODAY.minusYears(1), TODAY.plusMonths(3));
        productSupport = benefits.activated(admin, gold, "MICROSOFT_PRODUCT_SUPPORT");
        cloudSupport = benefits.activated(admin, gold, "SIGNATURE_CLOUD_SUPPORT");
        outsider = contoso.outsideMsaAccount("someone");
    }

    @Test
    void anOutsideMsaAccountSeenForTheFirstTimeLinksAndLinkingAgainSaysSinceWhen() {
        GraphQlHttp.Response first = benefits.link(outsider, null, productSupport);
        GraphQlHttp.Response again = benefits.link(outsider, "ja", " " + productSupport.get("accessId").asString().toUpperCase(),
                productSupport.get("contractId").asString().toLowerCase().replace("-", ""));

        JsonNode linked = first.at("data.linkSupportContract");
        assertThat(linked.get("userErrors").size()).as(first.body()).isZero();
        assertThat(linked.get("outcome").asString()).isEqualTo("LINKED");
        assertThat(linked.get("alreadyLinked").asBoolean()).isFalse();
        assertThat(linked.get("message").asString()).startsWith("The support contract is now linked to your account.");
        assertThat(linked.get("contract").get("incidentsRemaining").asInt()).isEqualTo(20);
        JsonNode relinked = again.at("data.linkSupportContract");
        assertThat(relinked.get("userErrors").size()).isZero();
        assertThat(relinked.get("outcome").asString()).isEqualTo("ALREADY_LINKED");
        assertThat(relinked.get("alreadyLinked").asBoolean()).isTrue();
        assertThat(relinked.get("linkedAt")).isEqualTo(linked.get("linkedAt"));
        assertThat(relinked.get("message").asString()).contains("このサポート契約は " + TODAY + " からアカウントに関連付けられている");

        JsonNode mine = api.post(outsider, null, LINKED_CONTRACTS, Map.of()).at("data.viewer.linkedContracts");
        assertThat(mine.size()).isEqualTo(1);
        assertThat(mine.get(0).get("linkedToViewerAt")).isEqualTo(linked.get("linkedAt"));
        JsonNode seen = api.post(outsider, null, "query($id: ID!) { node(id: $id) { ... on SupportContract { id contractId } } }",
                Map.of("id", productSupport.get("id").asString())).at("data.node");
        assertThat(seen.get("id").asString()).isEqualTo(productSupport.get("id").asString());
        assertThat(seen.get("contractId").isNull()).as("the credentials stay with the partner (SPEC 5.1)").isTrue();
    }

    @Test
    void aWrongPairGetsOneAnswerWhicheverHalfIsWrong() {
        GraphQlHttp.Response wrongContractId = benefits.link(outsider, "pt-BR", productSupport.get("accessId").asString(),
                cloudSupport.get("contractId").asString());
        GraphQlHttp.Response wrongAccessId = benefits.link(outsider, "pt-BR", cloudSupport.get("accessId").asString(),
                productSupport.get("contractId").asString());

        for (GraphQlHttp.Response wrong : List.of(wrongContractId, wrongAccessId)) {
            JsonNode error = wrong.at("data.linkSupportContract.userErrors.0");
            assertThat(error.get("code").asString()).isEqualTo("INVALID_CONTRACT_CREDENTIALS");
            assertThat(error.get("field").isNull()).isTrue();
            assertThat(wrong.at("data.linkSupportContract.contract").isNull()).isTrue();
        }
        assertThat(wrongAccessId.at("data.linkSupportContract.userErrors"))
                .isEqualTo(wrongContractId.at("data.linkSupportContract.userErrors"));
        assertThat(api.post(outsider, null, LINKED_CONTRACTS, Map.of()).at("data.viewer.linkedContracts").size()).isZero();
    }

    @Test
    void malformedCredentialsAreNamedByFieldAndDoNotCountAsGuesses() {
        for (int i = 0; i < 6; i++) {
            GraphQlHttp.Response malformed = benefits.link(outsider, null, "not-an-access-id", "");
            assertThat(malformed.at("data.linkSupportContract.userErrors").findValuesAsString("code"))
                    .containsExactly("INVALID_INPUT", "INVALID_INPUT");
            assertThat(malformed.at("data.linkSupportContract.userErrors.0.field").toString())
                    .isEqualTo("[\"input\",\"accessId\"]");
            assertThat(malformed.at("data.linkSupportContract.userErrors.1.field").toString())
                    .isEqualTo("[\"input\",\"contractId\"]");
        }
        assertThat(benefits.link(outsider, null, productSupport).at("data.linkSupportContract.outcome").asString())
                .isEqualTo("LINKED");
    }

    @Test
    void expiredAndExhaustedContractsAreRefusedWithWhatToDoNext() {
        mongo.updateFirst(Query.query(Criteria.where("accessId").is(cloudSupport.get("accessId").asString())),
                Update.update("unlimited", false).set("incidentsTotal", 5).set("incidentsRemaining", 0), "support_contracts");
        GraphQlHttp.Response exhausted = benefits.link(outsider, null, cloudSupport);
        backOffice.endMembership(gold, TODAY.minusDays(1));
        GraphQlHttp.Response expired = benefits.link(outsider, "ja", productSupport);

        assertThat(exhausted.at("data.linkSupportContract.userErrors.0.code").asString()).isEqualTo("CONTRACT_EXHAUSTED");
        assertThat(exhausted.at("data.linkSupportContract.userErrors.0.message").asString()).contains("A new support plan is needed")
                .doesNotContain("activate");
        assertThat(expired.at("data.linkSupportContract.userErrors.0.code").asString()).isEqualTo("CONTRACT_EXPIRED");
        assertThat(expired.at("data.linkSupportContract.userErrors.0.message").asString()).contains("新しいサポート プランが必要です");
    }

    @Test
    void concurrentLinksOfOneAccountStoreOneLink() throws Exception {
        int requests = 10;
        CyclicBarrier together = new CyclicBarrier(requests);
        ExecutorService clients = Executors.newFixedThreadPool(requests);
        List<String> outcomes = new ArrayList<>();
        try {
            List<Future<GraphQlHttp.Response>> answers = IntStream.range(0, requests).mapToObj(i -> clients.submit(() -> {
                together.await();
                return benefits.link(outsider, null, productSupport);
            })).toList();
            for (Future<GraphQlHttp.Response> answer : answers) {
                outcomes.add(answer.get().at("data.linkSupportContract.outcome").asString());
            }
        } finally {
            clients.shutdownNow();
        }

        assertThat(outcomes).filteredOn("LINKED"::equals).hasSize(1);
        assertThat(outcomes).filteredOn("ALREADY_LINKED"::equals).hasSize(requests - 1);
        assertThat(linkedAccounts(admin).get("data").get("node").get("linkedAccounts").size()).isEqualTo(1);
    }

    @Test
    void twoLinksInOneRequestAreRefusedBeforeAnythingRuns() {
        String aliased = """
                mutation($a: String!, $c: String!) {
                  one: linkSupportContract(input: {accessId: $a, contractId: $c}) { outcome }
                  ...more }
                fragment more on Mutation { two: linkSupportContract(input: {accessId: $a, contractId: $c}) { outcome } }""";

        GraphQlHttp.Response refused = api.post(outsider, "pt-BR", aliased, Map.of("a", productSupport.get("accessId").asString(),
                "c", productSupport.get("contractId").asString()));

        assertThat(refused.at("errors.0.extensions.code").asString()).isEqualTo("TOO_MANY_ATTEMPTS");
        assertThat(refused.at("errors.0.extensions.classification").asString()).isEqualTo("BAD_REQUEST");
        assertThat(refused.at("errors.0.message").asString()).startsWith("Só é permitido um linkSupportContract");
        assertThat(refused.at("errors.0.extensions.retryAfterSeconds").isIntegralNumber()).as("at once, one per request").isTrue();
        assertThat(refused.at("errors.0.extensions.retryAfterSeconds").asLong()).isZero();
        assertThat(refused.at("data").isMissingNode() || refused.at("data").isNull()).isTrue();
        assertThat(api.post(outsider, null, LINKED_CONTRACTS, Map.of()).at("data.viewer.linkedContracts").size()).isZero();
    }

    @Test
    void fiveWrongPairsAcrossTwoInstancesLockTheAccountEvenForTheRightPair() {
        String wrongContractId = cloudSupport.get("contractId").asString();
        try (SecondInstance second = SecondInstance.sharing(store)) {
            Benefits elsewhere = new Benefits(second.api);
            for (int i = 0; i < 5; i++) {
                Benefits instance = i % 2 == 0 ? benefits : elsewhere;
                assertThat(instance.link(outsider, null, productSupport.get("accessId").asString(), wrongContractId)
                        .at("data.linkSupportContract.userErrors.0.code").asString()).isEqualTo("INVALID_CONTRACT_CREDENTIALS");
            }

            for (Benefits instance : List.of(benefits, elsewhere)) {
                GraphQlHttp.Response locked = instance.link(outsider, null, productSupport);
                assertThat(locked.at("data.linkSupportContract.userErrors.0.code").asString()).isEqualTo("TOO_MANY_ATTEMPTS");
                assertThat(locked.at("data.linkSupportContract.userErrors.0.message").asString()).contains("paused")
                        .containsPattern("until \\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}")
                        .doesNotContain(productSupport.get("contractId").asString());
                assertThat(locked.at("data.linkSupportContract.contract").isNull()).isTrue();
            }
        }
        String otherAccount = contoso.outsideMsaAccount("other");
        assertThat(benefits.link(otherAccount, null, productSupport).at("data.linkSupportContract.outcome").asString())
                .isEqualTo("LINKED");
    }

    @Test
    void onlyThePartnersAdminsSeeWhoLinkedAContract() {
        benefits.link(outsider, null, productSupport);
        String mpnAdmin = backOffice.member(contoso, "mpnadmin", "MPN_PARTNER_ADMIN", "MPN");
        String developer = backOffice.member(contoso, "developer", "", "MPN");

        for (String partnerAdmin : List.of(admin, mpnAdmin)) {
            JsonNode links = linkedAccounts(partnerAdmin).at("/data/node/linkedAccounts");
            assertThat(links.size()).isEqualTo(1);
            assertThat(links.get(0).get("account").get("login").asString()).isEqualTo(contoso.mpnId() + "-someone@outlook.com");
            assertThat(links.get(0).get("account").get("kind").asString()).isEqualTo("MSA");
        }
        for (String notAdmin : List.of(developer, outsider)) {
            JsonNode refused = linkedAccounts(notAdmin);
            assertThat(refused.at("/data/node/linkedAccounts").isNull()).isTrue();
            assertThat(refused.at("/errors/0/extensions/code").asString()).isEqualTo("NOT_AUTHORIZED");
        }
    }

    @Test
    void thePlanPickerSplitsLinkedContractsWithEveryReason() {
        String sql = product("SQL Server", "ON_PREMISES", "[\"2016\", \"2019\", \"2022\"]");
        String azure = product("Azure", "CLOUD", "[]");
        String pack = backOffice.activeMembership(contoso, "ACTION_PACK", null);
        JsonNode usedUp = benefits.activated(admin, pack, "MICROSOFT_PRODUCT_SUPPORT");
        String ending = backOffice.membership(contoso, "ACTION_PACK", null, TODAY.minusYears(1), TODAY.plusYears(1));
        JsonNode ended = benefits.activated(admin, ending, "MICROSOFT_PRODUCT_SUPPORT");
        for (JsonNode contract : List.of(productSupport, cloudSupport, usedUp, ended)) {
            assertThat(benefits.link(outsider, null, contract).at("data.linkSupportContract.outcome").asString()).isEqualTo("LINKED");
        }
        mongo.updateFirst(Query.query(Criteria.where("accessId").is(usedUp.get("accessId").asString())),
                Update.update("incidentsRemaining", 0), "support_contracts");
        backOffice.endMembership(ending, TODAY.minusDays(1));

        JsonNode current = plans(sql, "2022", null);
        assertThat(contractIds(current.get("available"))).containsExactly(productSupport.get("id").asString());
        assertThat(current.get("available").get(0).get("incidentsRemaining").asInt()).isEqualTo(20);
        assertThat(reasons(current)).containsOnly(
                Map.entry(cloudSupport.get("id").asString(), "PRODUCT_KIND_NOT_COVERED"),
                Map.entry(usedUp.get("id").asString(), "EXHAUSTED"),
                Map.entry(ended.get("id").asString(), "EXPIRED"));

        JsonNode old = plans(sql, "2016", "ja");
        assertThat(old.get("available").size()).isZero();
        assertThat(reasons(old)).containsEntry(productSupport.get("id").asString(), "PRODUCT_VERSION_NOT_SUPPORTED");
        JsonNode tooOld = plan(old, productSupport);
        assertThat(tooOld.get("message").asString()).contains("SQL Server " + contoso.mpnId() + " のバージョン 2016").contains("2019, 2022");

        JsonNode cloud = plans(azure, "current", null);
        assertThat(contractIds(cloud.get("available"))).containsExactly(cloudSupport.get("id").asString());
        assertThat(cloud.get("available").get(0).get("incidentsRemaining").isNull()).isTrue();
        assertThat(plan(current, usedUp).get("message").asString()).contains("purchase a new support plan")
                .doesNotContain("activate");

        for (String[] unknown : new String[][] {{contoso.id(), "2022"}, {sql, "2008"}, {"bm90LWEtcmVhbC1pZA", "1"}}) {
            GraphQlHttp.Response notFound = api.post(outsider, null, "query($p: ID!, $v: String!) { supportPlans(productId: $p, "
                    + "productVersion: $v) { available { incidentsRemaining } } }", Map.of("p", unknown[0], "v", unknown[1]));
            assertThat(notFound.at("errors.0.extensions.code").asString()).as(notFound.body()).isEqualTo("NOT_FOUND");
        }
    }

    @Test
    void thePlanPickerTellsAnActionPackPartnerItsMembershipHasNoCloudSupport() {
        String azure = product("Azure", "CLOUD", "[]");
        String pack = backOffice.activeMembership(contoso, "ACTION_PACK", null);
        JsonNode packSupport = benefits.activated(admin, pack, "MICROSOFT_PRODUCT_SUPPORT");
        benefits.link(outsider, null, packSupport);

        JsonNode forAzure = plan(plans(azure, "current", null), packSupport);

        assertThat(forAzure.get("reason").asString()).isEqualTo("PRODUCT_KIND_NOT_COVERED");
        assertThat(forAzure.get("reasons").toString()).isEqualTo("[\"PRODUCT_KIND_NOT_COVERED\"]");
        assertThat(forAzure.get("message").asString()).contains("Action Pack").doesNotContain("other kind");
    }

    private JsonNode plans(String productId, String version, String language) {
        GraphQlHttp.Response plans = api.post(outsider, language, """
                query($p: ID!, $v: String!) { supportPlans(productId: $p, productVersion: $v) {
                  available { contract { id contractId } incidentsRemaining startsOn endsOn }
                  unavailable { contract { id contractId } reason reasons message } } }""", Map.of("p", productId, "v", version));
        assertThat(plans.at("errors").isMissingNode()).as(plans.body()).isTrue();
        return plans.at("data.supportPlans");
    }

    private static JsonNode plan(JsonNode plans, JsonNode contract) {
        for (JsonNode plan : plans.get("unavailable")) {
            if (plan.get("contract").get("id").equals(contract.get("id"))) {
                return plan;
            }
        }
        throw new AssertionError("no plan for " + contract + " in " + plans);
    }

    private static List<String> contractIds(JsonNode plans) {
        List<String> ids = new ArrayList<>();
        plans.forEach(plan -> ids.add(plan.get("contract").get("id").asString()));
        return ids;
    }

    private static Map<String, String> reasons(JsonNode plans) {
        Map<String, String> reasons = new java.util.HashMap<>();
        plans.get("unavailable").forEach(plan -> {
            reasons.put(plan.get("contract").get("id").asString(), plan.get("reason").asString());
            assertThat(plan.get("message").asString()).isNotBlank();
        });
        return reasons;
    }

    private JsonNode linkedAccounts(String token) {
        return api.post(token, null, "query($id: ID!) { node(id: $id) { ... on SupportContract { linkedAccounts { "
                + "account { login kind } linkedAt } } } }", Map.of("id", productSupport.get("id").asString())).json();
    }

    private String product(String name, String kind, String versions) {
        GraphQlHttp.Response registered = api.post(BackOfficeEndToEndTest.OPERATOR, null, """
                mutation { registerProduct(input: {name: "%s %s", kind: %s, versions: %s}) { product { id } userErrors { code } } }"""
                .formatted(name, contoso.mpnId(), kind, versions), Map.of());
        return registered.at("data.registerProduct.product.id").asString();
    }
}
