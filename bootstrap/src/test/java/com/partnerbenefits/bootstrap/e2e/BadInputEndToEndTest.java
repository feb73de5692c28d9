package com.partnerbenefits.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Malformed requests into every operation: each answer is a clear error with a stable code, never a
 * 500 or a trace of the server's insides, and the store is the same afterwards.
 */
class BadInputEndToEndTest extends EndToEndTest {

    private static final String OPERATOR = BackOfficeEndToEndTest.OPERATOR;
    private static final String MEMBER = GraphQlHttp.token("bad-input@outlook.com", false);
    private static final Set<String> CODES = Set.of("INVALID_INPUT", "NOT_FOUND", "DOCUMENT_TOO_LARGE", "REQUEST_TOO_LARGE",
            "NOT_AUTHORIZED", "CONTRACT_NOT_LINKED", "INVALID_CONTRACT_CREDENTIALS");
    private static final List<String> INSIDES = List.of("Exception", "at com.", "java.", "org.springframework", "mongo",
            "Caused by", "graphql.execution", "PersistedQueryMarker");
    private static final String HUGE = "x".repeat(100_000);
    private static final String FOREIGN_ID = "UGFydG5lcjpub3QtcmVhbA";

    @Autowired
    MongoTemplate mongo;

    static String partnerId;

    @BeforeEach
    void aPartnerToAimAt() {
        if (partnerId == null) {
            partnerId = api.post(OPERATOR, null, BackOfficeEndToEndTest.REGISTER_PARTNER,
                    Map.of("name", "Target", "mpnId", BackOfficeEndToEndTest.uniqueMpnId())).at("data.registerPartner.partner.id").asString();
        }
    }

    static Stream<Arguments> badRequests() {
        return Stream.of(
                raw("malformed JSON", "{\"query\": \"{ viewer { account { id } }"),
                raw("not JSON at all", "viewer"),
                raw("no query", "{}"),
                raw("a persisted query's hash and no query", "{\"extensions\": {\"persistedQuery\": {\"version\": 1, "
                        + "\"sha256Hash\": \"ecf4edb46db40b5132295c0291d62fb65d6759a9eedfa4d5d612dd5ec54a6b38\"}}}"),
                raw("query not a string", "{\"query\": 42}"),
                raw("variables not an object", "{\"query\": \"{ viewer { account { id } } }\", \"variables\": \"x\"}"),
                call("syntax error", MEMBER, "{ viewer { account { id }", Map.of()),
                call("unknown field", MEMBER, "{ viewer { password } }", Map.of()),
                call("unknown input field", OPERATOR, "mutation { registerPartner(input: {name: \"A\", mpnId: \"1234567\", "
                        + "admin: true}) { partner { id } } }", Map.of()),
                call("missing required input", OPERATOR, "mutation { registerPartner(input: {name: \"A\"}) { partner { id } } }",
                        Map.of()),
                call("oversized name", OPERATOR, "mutation($n: String!) { registerPartner(input: {name: $n, mpnId: \"1234567\"}) "
                        + "{ userErrors { code } } }", Map.of("n", "n".repeat(201))),
                call("control characters in a name", OPERATOR, "mutation($n: String!) { registerPartner(input: {name: $n, "
                        + "mpnId: \"1234567\"}) { userErrors { code } } }", Map.of("n", "Con\u0000toso\u202E")),
                call("huge MPN ID", OPERATOR, "mutation($m: String!) { registerPartner(input: {name: \"A\", mpnId: $m}) "
                        + "{ userErrors { code } } }", Map.of("m", HUGE)),
                call("wrong enum", OPERATOR, "mutation($p: ID!) { registerAccount(input: {login: \"a@b.c\", kind: ROBOT, "
                        + "partnerId: $p, roles: [], associations: [MPN]}) { userErrors { code } } }", Map.of("p", "x")),
                call("wrong enum in variables", OPERATOR, "mutation($k: AccountKind!, $p: ID!) { registerAccount(input: "
                        + "{login: \"a@b.c\", kind: $k, partnerId: $p, roles: [], associations: [MPN]}) { userErrors { code } } }",
                        Map.of("k", "ROBOT", "p", "x")),
                call("empty partner ID", OPERATOR, "mutation { registerAccount(input: {login: \"a@b.c\", kind: AAD, "
                        + "partnerId: \"\", roles: [], associations: [MPN]}) { userErrors { code } } }", Map.of()),
                call("login with control characters", OPERATOR, "mutation($p: ID!, $l: String!) { registerAccount(input: "
                        + "{login: $l, kind: AAD, partnerId: $p, roles: [], associations: [MPN]}) { userErrors { code } } }",
                        Map.of("p", "TARGET", "l", "a\u0007@b.c")),
                call("impossible date", OPERATOR, "mutation($p: ID!) { grantMembership(input: {partnerId: $p, offer: ACTION_PACK, "
                        + "startsOn: \"2026-02-30\", endsOn: \"2027-01-01\"}) { userErrors { code } } }", Map.of("p", "TARGET")),
                call("date in another format", OPERATOR, "mutation($p: ID!) { grantMembership(input: {partnerId: $p, "
                        + "offer: ACTION_PACK, startsOn: \"01/02/2026\", endsOn: \"2027-01-01\"}) { userErrors { code } } }",
                        Map.of("p", "TARGET")),
                call("dates in the wrong order", OPERATOR, "mutation($p: ID!) { grantMembership(input: {partnerId: $p, "
                        + "offer: ACTION_PACK, startsOn: \"2027-01-01\", endsOn: \"2026-01-01\"}) { userErrors { code } } }",
                        Map.of("p", "TARGET")),
                call("unknown competency area", OPERATOR, "mutation($p: ID!) { grantMembership(input: {partnerId: $p, "
                        + "offer: GOLD_COMPETENCY, competencyArea: \"Basket Weaving\", startsOn: \"2026-01-01\", "
                        + "endsOn: \"2027-01-01\"}) { userErrors { code } } }", Map.of("p", "TARGET")),
                call("garbage membership ID", OPERATOR, "mutation { endMembership(input: {membershipId: \"%%%\", "
                        + "endsOn: \"2026-06-01\"}) { userErrors { code } } }", Map.of()),
                call("empty product versions", OPERATOR, "mutation { registerProduct(input: {name: \"P\", kind: ON_PREMISES, "
                        + "versions: [\"\", \"1\", \"1\"]}) { userErrors { code } } }", Map.of()),
                call("empty benefit ID", MEMBER, "mutation { activateTechnicalBenefit(input: {benefitId: \"\"}) "
                        + "{ userErrors { code } } }", Map.of()),
                call("huge benefit ID", MEMBER, "mutation($b: ID!) { activateTechnicalBenefit(input: {benefitId: $b}) "
                        + "{ userErrors { code } } }", Map.of("b", HUGE)),
                call("huge access ID", MEMBER, "mutation($a: String!) { linkSupportContract(input: {accessId: $a, "
                        + "contractId: \"7KQ4-M9XD\"}) { userErrors { code } } }", Map.of("a", HUGE)),
                call("control characters in credentials", MEMBER, "mutation($a: String!) { linkSupportContract(input: "
                        + "{accessId: $a, contractId: \"7KQ4-M9XD\"}) { userErrors { code } } }", Map.of("a", "\u0000\u0001")),
                call("wrong severity", MEMBER, "mutation { raiseIncident(input: {productId: \"x\", productVersion: \"1\", "
                        + "title: \"t\", severity: D, idempotencyKey: \"k\"}) { userErrors { code } } }", Map.of()),
                call("oversized incident", MEMBER, "mutation($d: String!) { raiseIncident(input: {supportContractId: \"x\", "
                        + "productId: \"x\", productVersion: \"1\", title: \"t\", description: $d, severity: A, "
                        + "idempotencyKey: \"k\"}) { userErrors { code } } }", Map.of("d", "d".repeat(10_001))),
                call("bidi override in a title", MEMBER, "mutation($t: String!) { raiseIncident(input: {cspCustomerTenantId: "
                        + "\"72f988bf-86f1-41af-91ab-2d7cd011db47\", productId: \"" + FOREIGN_ID + "\", productVersion: \"1\", "
                        + "title: $t, severity: A, idempotencyKey: \"k\"}) { userErrors { code } } }", Map.of("t", "ok\u202Etxt")),
                call("garbage incident ID", MEMBER, "mutation { withdrawIncident(input: {incidentId: \"\"}) { userErrors { code } } }",
                        Map.of()),
                call("empty product for plans", MEMBER, "{ supportPlans(productId: \"\", productVersion: \"1\") { available "
                        + "{ incidentsRemaining } } }", Map.of()),
                call("huge version for plans", MEMBER, "query($v: String!) { supportPlans(productId: \"" + FOREIGN_ID
                        + "\", productVersion: $v) { available { incidentsRemaining } } }", Map.of("v", HUGE)),
                call("empty node ID", MEMBER, "{ node(id: \"\") { id } }", Map.of()),
                call("huge node ID", MEMBER, "query($id: ID!) { node(id: $id) { id } }", Map.of("id", HUGE)),
                call("negative page size", MEMBER, "{ viewer { incidents(first: -1) { totalCount } } }", Map.of()),
                call("page size as a string", MEMBER, "{ viewer { incidents(first: \"ten\") { totalCount } } }", Map.of()),
                call("forged cursor", MEMBER, "{ viewer { incidents(after: \"aTo5OTk5OTk5OTk5OTk5OTk5OTk5OTo\") "
                        + "{ totalCount } } }", Map.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void getsAClearCodedErrorAndChangesNothing(String name, String token, String query, Map<String, Object> variables,
            String rawBody) {
        long before = documents();
        GraphQlHttp.Response response = rawBody != null ? api.send(token, null, rawBody)
                : api.post(token, null, query, withTarget(variables));

        assertThat(response.status()).as(response.body()).isIn(200, 400);
        INSIDES.forEach(inside -> assertThat(response.body()).as("no server insides").doesNotContain(inside));
        JsonNode json = response.json();
        List<String> codes = new java.util.ArrayList<>(json.at("/errors").findValuesAsString("code"));
        json.at("/data").forEach(payload -> codes.addAll(payload.at("/userErrors").findValuesAsString("code")));
        boolean emptyNode = json.at("/data/node").isNull() && json.at("/errors").isMissingNode();
        assertThat(emptyNode || !codes.isEmpty()).as("a coded error for %s: %s", name, response.body()).isTrue();
        assertThat(codes).as(response.body()).allMatch(CODES::contains);
        assertThat(documents()).as("store unchanged").isEqualTo(before);
    }

    private static Arguments raw(String name, String body) {
        return Arguments.of(name, MEMBER, null, Map.of(), body);
    }

    private static Arguments call(String name, String token, String query, Map<String, Object> variables) {
        return Arguments.of(name, token, query, variables, null);
    }

    private static Map<String, Object> withTarget(Map<String, Object> variables) {
        Map<String, Object> resolved = new HashMap<>(variables);
        resolved.replaceAll((key, value) -> "TARGET".equals(value) ? partnerId : value);
        return resolved;
    }

    /** Business data only: a caller's first sighting and its rate-limit window are bookkeeping of the request itself. */
    private long documents() {
        return mongo.getCollectionNames().stream().filter(name -> !Set.of("accounts", "window_counters").contains(name))
                .mapToLong(name -> mongo.getCollection(name).countDocuments(new Document())).sum();
    }
}
