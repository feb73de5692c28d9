package com.partnerbenefits.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Aliases cannot multiply work unseen: every mutation field counts in the rate limit, one request carries at
 * most ten of them, and list fields count once per item of their page in the field limit.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "benefits.embedded-mongo.in-memory=true", "benefits.demo.enabled=false",
        "benefits.rate-limit.mutations-per-window=8", "benefits.rate-limit.window=10m"})
class MutationAndListLimitsEndToEndTest {

    @LocalServerPort
    int port;

    @Test
    void moreThanTenMutationFieldsInOneRequestAreRefusedWholeBeforeAnythingRuns() {
        GraphQlHttp api = new GraphQlHttp(port);
        String token = GraphQlHttp.msaToken("aliases@outlook.com");

        GraphQlHttp.Response eleven = api.post(token, "pt-BR", withdrawals(11, "a"), Map.of());

        assertThat(eleven.at("errors.0.extensions.code").asString()).as(eleven.body()).isEqualTo("MAX_MUTATIONS_EXCEEDED");
        assertThat(eleven.at("errors.0.extensions.classification").asString()).isEqualTo("BAD_REQUEST");
        assertThat(eleven.at("errors.0.message").asString()).contains("10");
        assertThat(eleven.at("data").isMissingNode() || eleven.at("data").isNull()).as("nothing ran").isTrue();
    }

    @Test
    void eachMutationFieldCountsInTheRateLimitNotEachRequest() {
        GraphQlHttp api = new GraphQlHttp(port);
        String token = GraphQlHttp.msaToken("counted@outlook.com");

        GraphQlHttp.Response five = api.post(token, null, withdrawals(5, "b"), Map.of());
        GraphQlHttp.Response fourMore = api.post(token, null, withdrawals(4, "c"), Map.of());
        GraphQlHttp.Response three = api.post(token, null, withdrawals(3, "d"), Map.of());

        assertThat(five.at("errors").isMissingNode()).as(five.body()).isTrue();
        assertThat(fourMore.at("errors.0.extensions.code").asString()).as("5 + 4 > 8: " + fourMore.body()).isEqualTo("RATE_LIMITED");
        assertThat(three.at("errors").isMissingNode()).as("5 + 3 fits; the refused request counted nothing").isTrue();
    }

    @Test
    void listFieldsCountOncePerItemOfTheirPage() {
        GraphQlHttp api = new GraphQlHttp(port);
        String token = GraphQlHttp.msaToken("pages@outlook.com");
        String oneBigPage = "{ viewer { incidents(first: 100) { edges { node { id title status } } } } }";
        String threeBigPages = "{ a: viewer { incidents(first: 100) { edges { node { id title status } } } } "
                + "b: viewer { incidents(first: 100) { edges { node { id title status } } } } "
                + "c: viewer { incidents(first: 100) { totalCount edges { node { id title status } } } } }";
        String plans = "{ " + IntStream.range(0, 300).mapToObj(i -> "p" + i + ": supportPlans(productId: \"x\", "
                + "productVersion: \"1\") { available { incidentsRemaining } }").collect(Collectors.joining(" ")) + " }";

        assertThat(api.post(token, null, oneBigPage, Map.of()).at("errors").isMissingNode()).isTrue();
        assertThat(api.post(token, null, threeBigPages, Map.of()).at("errors.0.extensions.code").asString())
                .isEqualTo("MAX_FIELDS_EXCEEDED");
        assertThat(api.post(token, null, "query($n: Int) { a: viewer { incidents(first: $n) { edges { node { id title "
                + "status } } } } b: viewer { incidents(first: $n) { edges { node { id title status } } } } "
                + "c: viewer { incidents(first: $n) { edges { node { id title status } } } } }", Map.of("n", 100))
                .at("errors.0.extensions.code").asString()).as("a page size from a variable").isEqualTo("MAX_FIELDS_EXCEEDED");
        assertThat(api.post(token, null, plans, Map.of()).at("errors.0.extensions.code").asString()).isEqualTo("MAX_FIELDS_EXCEEDED");
    }

    /** A plain list under each item of a page is weighed again: 100 partners' memberships and their benefits are not 100 items. */
    @Test
    void aPlainListInsideAPageCountsForEachOfItsItems() {
        GraphQlHttp api = new GraphQlHttp(port);
        String token = GraphQlHttp.msaToken("pages@outlook.com");
        String nested = "{ partners(first: 100) { nodes { memberships { id offer active benefits { id kind } } } } }";
        String smallPage = "{ partners(first: 10) { nodes { memberships { id offer active benefits { id kind } } } } }";

        assertThat(api.post(token, null, nested, Map.of()).at("errors.0.extensions.code").asString())
                .isEqualTo("MAX_FIELDS_EXCEEDED");
        assertThat(api.post(token, null, smallPage, Map.of()).at("errors.0.extensions.code").asString())
                .as("within the limit: refused for the role, not the size").isNotEqualTo("MAX_FIELDS_EXCEEDED");
    }

    /** {@code count} aliased withdrawals of incidents that do not exist: each is answered NOT_FOUND and changes nothing. */
    private static String withdrawals(int count, String prefix) {
        return "mutation { " + IntStream.range(0, count).mapToObj(i -> prefix + i + ": withdrawIncident(input: {incidentId: \"SW5jaWRlbnQ6eA\"}) "
                + "{ userErrors { code } }").collect(Collectors.joining(" ")) + " }";
    }
}
