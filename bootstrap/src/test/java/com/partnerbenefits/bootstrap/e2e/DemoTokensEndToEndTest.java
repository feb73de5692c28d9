package com.partnerbenefits.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The development-only list of demo accounts with tokens: served with the public secret, never with a real one. */
class DemoTokensEndToEndTest {

    @Nested
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
            "benefits.embedded-mongo.in-memory=true", "benefits.demo.enabled=true"})
    class WithTheDevelopmentSecret {

        @LocalServerPort
        int port;

        @Test
        void everyDemoAccountComesWithATokenThatSignsInWithoutATokenToAskForIt() throws Exception {
            HttpResponse<String> response = get(port);
            JsonNode accounts = JsonMapper.builder().build().readTree(response.body()).get("accounts");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
            assertThat(accounts).hasSizeGreaterThanOrEqualTo(7);
            JsonNode admin = accounts.valueStream().filter(a -> a.get("login").asString().equals("admin@contoso.com"))
                    .findFirst().orElseThrow();
            GraphQlHttp.Response viewer = new GraphQlHttp(port).post(admin.get("token").asString(), null,
                    "{ viewer { account { login } partner { name } } }", Map.of());
            assertThat(viewer.at("data.viewer.account.login").asString()).isEqualTo("admin@contoso.com");
            assertThat(viewer.at("data.viewer.partner.name").asString()).isEqualTo("Contoso Ltd");
        }
    }

    @Nested
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
            "benefits.embedded-mongo.in-memory=true", "benefits.demo.enabled=true",
            "benefits.security.jwt.hmac-secret=a-staging-secret-that-is-not-the-public-one"})
    class WithARealSecret {

        @LocalServerPort
        int port;

        @Test
        void noTokenIsHandedOutAndTheAnswerIsTheApisNotFound() throws Exception {
            HttpResponse<String> response = get(port);
            JsonNode error = JsonMapper.builder().build().readTree(response.body()).path("errors").path(0);

            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
            assertThat(error.at("/extensions/code").asString()).isEqualTo("NOT_FOUND");
            assertThat(error.at("/extensions/classification").asString()).isEqualTo("NOT_FOUND");
            assertThat(error.path("message").asString()).isNotBlank();
            assertThat(response.body()).doesNotContain("token\"");
        }
    }

    private static HttpResponse<String> get(int port) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/dev/demo-accounts")).build(), HttpResponse.BodyHandlers.ofString());
    }
}
