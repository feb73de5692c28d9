package com.partnerbenefits.bootstrap.e2e;

import static com.partnerbenefits.bootstrap.e2e.BackOfficeEndToEndTest.OPERATOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import tools.jackson.databind.JsonNode;

/** The partner admin's controls over HTTP: revoking links, new credentials under concurrency, the history. */
class ContractControlsEndToEndTest extends EndToEndTest {

    static final String UNLINK = """
            mutation($c: ID!, $a: ID!) { unlinkSupportContract(input: {supportContractId: $c, accountId: $a}) {
              contract { id contractId } userErrors { code message field } } }""";

    static final String ROTATE = """
            mutation($c: ID!) { rotateContractCredentials(input: {supportContractId: $c}) {
              contract { id accessId contractId } userErrors { code message field } } }""";

    static final String HISTORY = """
            query($c: ID!, $first: Int, $after: String) { node(id: $c) { ... on SupportContract { contractId
              activatedBy { login }
              history(first: $first, after: $after) { totalCount
                edges { cursor node { kind at actor { login } account { login } } }
                nodes { kind } pageInfo { hasNextPage endCursor } } } } }""";

    static final String LINKED_ACCOUNTS = """
            query($c: ID!) { node(id: $c) { ... on SupportContract { linkedAccounts { account { login } } } } }""";

    @Autowired
    MongoConnectionDetails store;

    BackOffice.Partner contoso;
    String admin;
    String contractId;
    JsonNode contract;
    String product;

    @BeforeEach
    void aGoldPartnerWithAnActivatedContract() {
        contoso = backOffice.partner("Contoso");
        admin = backOffice.globalAdmin(contoso);
        String gold = backOffice.activeMembership(contoso, "GOLD_COMPETENCY", "Cloud Platform");
        contract = benefits.activated(admin, gold, "MICROSOFT_PRODUCT_SUPPORT");
        contractId = contract.get("id").asString();
        product = Incidents.product(api, "SQL Server", "ON_PREMISES", "[\"2019\", \"2022\"]");
    }

    @Test
    void theAdminRevokesALinkTheAccountLosesTheContractAndMayLinkAgain() {
        String outsider = outsider("revoked");
        assertThat(linked(benefits.link(outsider, null, contract))).isTrue();

        GraphQlHttp.Response unlinked = api.post(admin, null, UNLINK, Map.of("c", contractId, "a", accountId(outsider)));

        assertThat(unlinked.at("data.unlinkSupportContract.userErrors").size()).as(unlinked.body()).isZero();
        assertThat(unlinked.at("data.unlinkSupportContract.contract.id").asString()).isEqualTo(contractId);
        assertThat(api.post(outsider, null, "{ viewer { linkedContracts { id } } }", Map.of())
                .at("data.viewer.linkedContracts").size()).isZero();
        assertThat(incidents.raise(outsider, contractId, product, "2022", "after-unlink")
                .at("data.raiseIncident.userErrors.0.code").asString()).isEqualTo("CONTRACT_NOT_LINKED");
        GraphQlHttp.Response again = benefits.link(outsider, null, contract);
        assertThat(again.at("data.linkSupportContract.outcome").asString()).as(again.body()).isEqualTo("LINKED");
        assertThat(incidents.raise(outsider, contractId, product, "2022", "after-relink")
                .at("data.raiseIncident.userErrors").size()).isZero();
    }

    /** Links are read afresh on every request: a link revoked on one instance is gone on the other at once. */
    @Test
    void aLinkRevokedOnOneInstanceIsGoneOnTheOtherAtOnce() {
        String outsider = outsider("elsewhere");
        benefits.link(outsider, null, contract);
        try (SecondInstance other = SecondInstance.sharing(store)) {
            Incidents elsewhere = new Incidents(other.api);
            assertThat(elsewhere.raise(outsider, contractId, product, "2022", "before")
                    .at("data.raiseIncident.userErrors").size()).as("the other instance has read the link").isZero();

            assertThat(api.post(admin, null, UNLINK, Map.of("c", contractId, "a", accountId(outsider)))
                    .at("data.unlinkSupportContract.userErrors").size()).isZero();

            assertThat(elsewhere.raise(outsider, contractId, product, "2022", "after")
                    .at("data.raiseIncident.userErrors.0.code").asString()).isEqualTo("CONTRACT_NOT_LINKED");
            assertThat(other.api.post(outsider, null, "query($c: ID!) { node(id: $c) { id } }", Map.of("c", contractId))
                    .at("data.node").isNull()).isTrue();
        }
    }

    @Test
    void aLinkedAccountRevokesItsOwnLinkOnlyAndNoLinkIsNotFoundOnAccountId() {
        String first = outsider("first");
        String second = outsider("second");
        benefits.link(first, null, contract);
        benefits.link(second, null, contract);
        String developer = backOffice.member(contoso, "developer", "", "MPN");

        GraphQlHttp.Response others = api.post(first, null, UNLINK, Map.of("c", contractId, "a", accountId(second)));
        assertThat(others.at("data.unlinkSupportContract.userErrors.0.code").asString()).isEqualTo("NOT_AUTHORIZED");
        assertThat(api.post(developer, null, UNLINK, Map.of("c", contractId, "a", accountId(second)))
                .at("data.unlinkSupportContract.userErrors.0.code").asString()).isEqualTo("NOT_AUTHORIZED");
        assertThat(api.post(OPERATOR, null, UNLINK, Map.of("c", contractId, "a", accountId(second)))
                .at("data.unlinkSupportContract.userErrors.0.code").asString()).isEqualTo("NOT_AUTHORIZED");
        assertThat(api.post(first, null, UNLINK, Map.of("c", contractId, "a", accountId(first)))
                .at("data.unlinkSupportContract.userErrors").size()).isZero();

        GraphQlHttp.Response none = api.post(first, "pt-BR", UNLINK, Map.of("c", contractId, "a", accountId(first)));
        assertThat(none.at("data.unlinkSupportContract.userErrors.0.code").asString()).isEqualTo("NOT_FOUND");
        assertThat(none.at("data.unlinkSupportContract.userErrors.0.field").toString()).isEqualTo("[\"input\",\"accountId\"]");
        assertThat(none.at("data.unlinkSupportContract.userErrors.0.message").asString()).contains("não está associada");
        assertThat(api.post(admin, null, UNLINK, Map.of("c", "bm90LWFuLWlk", "a", accountId(first)))
                .at("data.unlinkSupportContract.userErrors.0.field").toString())
                .isEqualTo("[\"input\",\"supportContractId\"]");
        assertThat(api.post(admin, null, LINKED_ACCOUNTS, Map.of("c", contractId)).at("data.node.linkedAccounts")
                .findValuesAsString("login")).containsExactly(loginOf(second));
    }

    @Test
    void concurrentUnlinksOfOneLinkRevokeItOnceAndWriteOneHistoryLine() throws Exception {
        String outsider = outsider("raced");
        benefits.link(outsider, null, contract);
        String account = accountId(outsider);
        int racers = 8;
        CyclicBarrier start = new CyclicBarrier(racers);
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        try {
            List<Future<GraphQlHttp.Response>> answers = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                String token = i % 2 == 0 ? admin : outsider;
                answers.add(pool.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    return api.post(token, null, UNLINK, Map.of("c", contractId, "a", account));
                }));
            }
            int succeeded = 0;
            for (Future<GraphQlHttp.Response> answer : answers) {
                JsonNode errors = answer.get(60, TimeUnit.SECONDS).at("data.unlinkSupportContract.userErrors");
                if (errors.isEmpty()) {
                    succeeded++;
                } else {
                    assertThat(errors.at("/0/code").asString()).isEqualTo("NOT_FOUND");
                }
            }
            assertThat(succeeded).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(history(admin).findValuesAsString("kind").stream().filter("UNLINKED"::equals)).hasSize(1);
    }

    @Test
    void rotationIssuesANewPairTheOldOneLinksNothingAndExistingLinksStay() {
        String early = outsider("early");
        benefits.link(early, null, contract);

        GraphQlHttp.Response rotated = api.post(admin, null, ROTATE, Map.of("c", contractId));

        JsonNode fresh = rotated.at("data.rotateContractCredentials.contract");
        assertThat(rotated.at("data.rotateContractCredentials.userErrors").size()).as(rotated.body()).isZero();
        assertThat(fresh.get("accessId").asString()).isNotEqualTo(contract.get("accessId").asString());
        assertThat(fresh.get("contractId").asString()).isNotEqualTo(contract.get("contractId").asString());
        assertThat(benefits.link(outsider("late"), null, contract).at("data.linkSupportContract.userErrors.0.code").asString())
                .isEqualTo("INVALID_CONTRACT_CREDENTIALS");
        assertThat(incidents.raise(early, contractId, product, "2022", "still-linked")
                .at("data.raiseIncident.userErrors").size()).isZero();
        assertThat(linked(benefits.link(outsider("new"), null, fresh.get("accessId").asString(),
                fresh.get("contractId").asString()))).isTrue();
        assertThat(benefits.dashboard(admin, null).body()).contains(fresh.get("accessId").asString())
                .doesNotContain(contract.get("accessId").asString());
    }

    @Test
    void theOldPairStillCountsAsAWrongPairAndOnlyThePartnersAdminsRotate() {
        api.post(admin, null, ROTATE, Map.of("c", contractId));
        String guesser = outsider("guesser");
        for (int i = 0; i < 5; i++) {
            assertThat(benefits.link(guesser, null, contract).at("data.linkSupportContract.userErrors.0.code").asString())
                    .isEqualTo("INVALID_CONTRACT_CREDENTIALS");
        }
        assertThat(benefits.link(guesser, null, contract).at("data.linkSupportContract.userErrors.0.code").asString())
                .isEqualTo("TOO_MANY_ATTEMPTS");

        String developer = backOffice.member(contoso, "developer", "", "MPN");
        for (String refused : List.of(developer, guesser, OPERATOR)) {
            GraphQlHttp.Response answer = api.post(refused, null, ROTATE, Map.of("c", contractId));
            assertThat(answer.at("data.rotateContractCredentials.userErrors.0.code").asString()).isEqualTo("NOT_AUTHORIZED");
            assertThat(answer.at("data.rotateContractCredentials.contract").isNull()).isTrue();
        }
        assertThat(api.post(admin, null, ROTATE, Map.of("c", "bm90LWFuLWlk")).at("data.rotateContractCredentials.userErrors.0.field")
                .toString()).isEqualTo("[\"input\",\"supportContractId\"]");
    }

    /**
     * Accounts keep presenting the pair while an admin rotates it: once the rotation has answered, the
     * accounts linked with the old pair are exactly those linked before, whatever was in flight.
     */
    @Test
    void aRotationRacingWithLinkAttemptsNeverLetsTheOldPairThroughAfterItAnswered() throws Exception {
        for (int round = 0; round < 3; round++) {
            JsonNode pair = currentPair();
            AtomicBoolean rotatedAnswered = new AtomicBoolean();
            AtomicInteger linkedAfterAnswer = new AtomicInteger();
            ConcurrentLinkedQueue<String> successes = new ConcurrentLinkedQueue<>();
            int linkers = 6;
            CountDownLatch started = new CountDownLatch(linkers);
            ExecutorService pool = Executors.newFixedThreadPool(linkers);
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < linkers; i++) {
                int linker = i;
                running.add(pool.submit(() -> {
                    started.countDown();
                    for (int attempt = 0; attempt < 12; attempt++) {
                        String login = contoso.mpnId() + "-r" + linker + "-" + attempt + "-" + System.nanoTime() + "@outlook.com";
                        boolean sentAfterAnswer = rotatedAnswered.get();
                        if (linked(benefits.link(GraphQlHttp.msaToken(login), null, pair))) {
                            successes.add(login);
                            if (sentAfterAnswer) {
                                linkedAfterAnswer.incrementAndGet();
                            }
                        }
                    }
                    return null;
                }));
            }
            assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
            Thread.sleep(150);
            GraphQlHttp.Response rotated = api.post(admin, null, ROTATE, Map.of("c", contractId));
            rotatedAnswered.set(true);
            assertThat(rotated.at("data.rotateContractCredentials.userErrors").size()).as(rotated.body()).isZero();
            Set<String> linkedWhenAnswered = linkedLogins();
            for (Future<?> linker : running) {
                linker.get(120, TimeUnit.SECONDS);
            }
            pool.shutdownNow();

            assertThat(linkedAfterAnswer).as("links with the old pair sent after the rotation answered").hasValue(0);
            assertThat(linkedLogins()).as("accounts linked after the rotation answered").isEqualTo(linkedWhenAnswered);
            assertThat(linkedWhenAnswered).containsAll(successes);
        }
    }

    @Test
    void theHistorySaysWhoDidWhatNewestFirstToTheAdminsAndOperatorsOnly() {
        String outsider = outsider("history");
        benefits.link(outsider, null, contract);
        api.post(admin, null, UNLINK, Map.of("c", contractId, "a", accountId(outsider)));
        api.post(admin, null, ROTATE, Map.of("c", contractId));

        GraphQlHttp.Response read = api.post(admin, null, HISTORY, Map.of("c", contractId, "first", 3));
        JsonNode node = read.at("data.node");
        JsonNode history = node.get("history");

        assertThat(node.at("/activatedBy/login").asString()).as(read.body()).isEqualTo(contoso.login("admin"));
        assertThat(history.get("totalCount").asInt()).isEqualTo(4);
        assertThat(history.get("nodes").findValuesAsString("kind")).containsExactly("CREDENTIALS_ROTATED", "UNLINKED", "LINKED");
        assertThat(history.at("/edges/0/node/actor/login").asString()).isEqualTo(contoso.login("admin"));
        assertThat(history.at("/edges/1/node/actor/login").asString()).isEqualTo(contoso.login("admin"));
        assertThat(history.at("/edges/1/node/account/login").asString()).isEqualTo(loginOf(outsider));
        assertThat(history.at("/edges/2/node/actor/login").asString()).isEqualTo(loginOf(outsider));
        assertThat(history.at("/pageInfo/hasNextPage").asBoolean()).isTrue();
        JsonNode rest = api.post(OPERATOR, null, HISTORY, Map.of("c", contractId, "first", 3,
                "after", history.at("/pageInfo/endCursor").asString())).at("data.node.history");
        assertThat(rest.get("nodes").findValuesAsString("kind")).containsExactly("ACTIVATED");
        assertThat(rest.at("/edges/0/node/actor/login").asString()).isEqualTo(contoso.login("admin"));
        assertThat(rest.at("/pageInfo/hasNextPage").asBoolean()).isFalse();

        String developer = backOffice.member(contoso, "developer", "", "MPN");
        GraphQlHttp.Response refused = api.post(developer, null, HISTORY, Map.of("c", contractId));
        assertThat(refused.at("data.node.contractId").asString()).as(refused.body()).isNotEmpty();
        assertThat(refused.at("data.node.history").isNull()).isTrue();
        assertThat(refused.at("data.node.activatedBy").isNull()).isTrue();
        assertThat(refused.at("errors").findValuesAsString("code")).containsOnly("NOT_AUTHORIZED").hasSize(2);
    }

    private JsonNode history(String token) {
        return api.post(token, null, HISTORY, Map.of("c", contractId, "first", 100)).at("data.node.history.nodes");
    }

    private JsonNode currentPair() {
        return api.post(admin, null, "query($c: ID!) { node(id: $c) { ... on SupportContract { accessId contractId } } }",
                Map.of("c", contractId)).at("data.node");
    }

    private Set<String> linkedLogins() {
        return new HashSet<>(api.post(admin, null, LINKED_ACCOUNTS, Map.of("c", contractId)).at("data.node.linkedAccounts")
                .findValuesAsString("login"));
    }

    private String outsider(String name) {
        return contoso.outsideMsaAccount(name);
    }

    private String loginOf(String token) {
        return api.post(token, null, "{ viewer { account { login } } }", Map.of()).at("data.viewer.account.login").asString();
    }

    private String accountId(String token) {
        return api.post(token, null, "{ viewer { account { id } } }", Map.of()).at("data.viewer.account.id").asString();
    }

    private static boolean linked(GraphQlHttp.Response response) {
        return response.at("data.linkSupportContract.userErrors").isEmpty()
                && response.at("data.linkSupportContract.outcome").asString().equals("LINKED");
    }
}
