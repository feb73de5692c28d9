package com.partnerbenefits.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Mutations per account are limited per window, counted in the store across instances; queries and operators are not. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "benefits.embedded-mongo.in-memory=true", "benefits.demo.enabled=false",
        "benefits.rate-limit.mutations-per-window=3", "benefits.rate-limit.window=10m"})
class RateLimitEndToEndTest {

    private static final String LINK = "mutation { linkSupportContract(input: {accessId: \"5f0c6a8e-1b2d-4c3e-9f40-"
            + "0123456789ab\", contractId: \"7KQ4-M9XD\"}) { userErrors { code } } }";

    @LocalServerPort
    int port;

    @Autowired
    MongoConnectionDetails store;

    @Test
    void theFourthMutationInTheWindowIsRefusedOnEveryInstanceWhileQueriesGoOn() {
        GraphQlHttp api = new GraphQlHttp(port);
        String account = GraphQlHttp.msaToken("busy@outlook.com");
        try (SecondInstance second = SecondInstance.sharing(store, "--benefits.rate-limit.mutations-per-window=3",
                "--benefits.rate-limit.window=10m")) {
            assertThat(api.post(account, null, LINK, Map.of()).at("errors").isMissingNode()).isTrue();
            assertThat(second.api.post(account, null, LINK, Map.of()).at("errors").isMissingNode()).isTrue();
            assertThat(api.post(account, null, LINK, Map.of()).at("errors").isMissingNode()).isTrue();

            for (GraphQlHttp instance : java.util.List.of(api, second.api)) {
                GraphQlHttp.Response limited = instance.post(account, "ja", LINK, Map.of());
                assertThat(limited.at("errors.0.extensions.code").asString()).isEqualTo("RATE_LIMITED");
                assertThat(limited.at("errors.0.extensions.classification").asString()).isEqualTo("BAD_REQUEST");
                assertThat(limited.at("errors.0.message").asString()).contains("以降にもう一度お試しください");
                assertThat(limited.at("errors.0.extensions.retryAfterSeconds").isIntegralNumber()).isTrue();
                assertThat(limited.at("errors.0.extensions.retryAfterSeconds").asLong()).isBetween(1L, 600L);
                assertThat(limited.at("data").isMissingNode() || limited.at("data").isNull()).isTrue();
            }
        }
        assertThat(api.post(account, null, "{ viewer { account { login } } }", Map.of()).at("data.viewer.account.login")
                .asString()).isEqualTo("busy@outlook.com");
        for (int i = 0; i < 5; i++) {
            assertThat(api.post(BackOfficeEndToEndTest.OPERATOR, null, BackOfficeEndToEndTest.REGISTER_PARTNER,
                    Map.of("name", "Bulk " + i, "mpnId", BackOfficeEndToEndTest.uniqueMpnId())).at("errors").isMissingNode())
                    .as("operators are not limited").isTrue();
        }
    }
}
