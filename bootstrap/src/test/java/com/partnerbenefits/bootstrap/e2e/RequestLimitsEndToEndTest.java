package com.partnerbenefits.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Each limit refuses the request with its own code before anything is fetched or written. */
class RequestLimitsEndToEndTest extends EndToEndTest {

    private static final String ANYONE = GraphQlHttp.token("limits@outlook.com", false);

    @Autowired
    MongoTemplate mongo;

    @Test
    void aQueryDeeperThanTwelveLevelsIsRefused() {
        String twelve = "{ viewer { partner { memberships { benefits { contract { incidents { edges { node { product "
                + "{ versions { name } } } } } } } } } } }";
        String thirteen = "{ viewer { partner { memberships { benefits { membership { benefits { contract { incidents "
                + "{ edges { node { product { versions { name } } } } } } } } } } } } }";

        assertThat(api.post(ANYONE, null, twelve, Map.of()).at("errors").isMissingNode()).isTrue();
        assertRefused(api.post(ANYONE, "ja", thirteen, Map.of()), "MAX_DEPTH_EXCEEDED", "最大 12 レベル");
    }

    @Test
    void aliasesAndFragmentsCountTowardsTheThousandFields() {
        String aliases = "{ " + IntStream.range(0, 1001).mapToObj(i -> "a" + i + ": __typename")
                .collect(Collectors.joining(" ")) + " }";
        String fragments = "query { ...F4 } fragment F4 on Query { a: viewer { ...F3 } b: viewer { ...F3 } c: viewer { ...F3 } }"
                + " fragment F3 on Viewer { a: account { ...F2 } b: account { ...F2 } c: account { ...F2 } }"
                + " fragment F2 on Account { a: partner { ...F1 } b: partner { ...F1 } c: partner { ...F1 } }"
                + " fragment F1 on Partner { " + IntStream.range(0, 40).mapToObj(i -> "x" + i + ": name")
                .collect(Collectors.joining(" ")) + " }";

        assertRefused(api.post(ANYONE, null, aliases, Map.of()), "MAX_FIELDS_EXCEEDED", "at most 1000");
        assertRefused(api.post(ANYONE, null, fragments, Map.of()), "MAX_FIELDS_EXCEEDED", "at most 1000");
    }

    @Test
    void aWideMutationIsRefusedBeforeItRuns() {
        long partners = mongo.getCollection("partners").countDocuments();
        String wide = "mutation { registerPartner(input: {name: \"Wide\", mpnId: \"" + BackOfficeEndToEndTest.uniqueMpnId()
                + "\"}) { " + IntStream.range(0, 1001).mapToObj(i -> "u" + i + ": userErrors { code }")
                .collect(Collectors.joining(" ")) + " } }";

        assertRefused(api.post(BackOfficeEndToEndTest.OPERATOR, null, wide, Map.of()), "MAX_FIELDS_EXCEEDED", "fields");
        assertThat(mongo.getCollection("partners").countDocuments()).isEqualTo(partners);
    }

    @Test
    void aDocumentOverSixtyFourKilobytesIsRefused() {
        String padded = "{ viewer { account { id } } }" + " ".repeat(64 * 1024);

        assertRefused(api.post(ANYONE, "pt-BR", padded, Map.of()), "DOCUMENT_TOO_LARGE", "65536 bytes");
    }

    private static void assertRefused(GraphQlHttp.Response response, String code, String message) {
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.at("errors.0.extensions.code").asString()).as(response.body()).isEqualTo(code);
        assertThat(response.at("errors.0.extensions.classification").asString()).isEqualTo("BAD_REQUEST");
        assertThat(response.at("errors.0.message").asString()).contains(message);
        assertThat(response.at("data").isMissingNode() || response.at("data").isNull()).isTrue();
    }

    /** A request past its deadline stops fetching; a zero timeout puts every field past it. */
    @Nested
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
            "benefits.embedded-mongo.in-memory=true", "benefits.demo.enabled=false", "benefits.limits.timeout=0s"})
    class Timeout {

        @LocalServerPort
        int port;

        @Test
        void fieldsPastTheDeadlineFailWithTimeout() {
            GraphQlHttp.Response late = new GraphQlHttp(port).post(ANYONE, null, "{ viewer { account { id } } }", Map.of());

            assertThat(late.at("errors.0.extensions.code").asString()).isEqualTo("TIMEOUT");
            assertThat(late.at("errors.0.extensions.classification").asString()).isEqualTo("BAD_REQUEST");
            assertThat(late.at("data").isNull()).as("viewer is non-null, so its failure empties data").isTrue();
        }
    }
}
