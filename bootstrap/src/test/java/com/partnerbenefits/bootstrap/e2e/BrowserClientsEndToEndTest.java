package com.partnerbenefits.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.partnerbenefits.bootstrap.security.DevelopmentSecrets;
import com.partnerbenefits.bootstrap.security.TokenCommand;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * SPEC §4.1 from outside: CORS through Boot's properties, every 401 and CORS refusal in the API's error shape, and a
 * challenge that names the configured public URL, never the request's Host header.
 */
class BrowserClientsEndToEndTest {

    static final String LISTED = "http://portal.example.test:3000";
    static final String PUBLIC_URL = "https://benefits.example.test";
    static final String METADATA = "/.well-known/oauth-protected-resource";
    static final String QUERY = "{\"query\":\"{ viewer { account { login } } }\"}";

    @Nested
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
            "benefits.embedded-mongo.in-memory=true", "benefits.demo.enabled=false",
            "spring.graphql.cors.allowed-origins=" + LISTED, "benefits.public-url=" + PUBLIC_URL + "/"})
    class WithAListedOriginAndAPublicUrl {

        @LocalServerPort
        int port;

        @Test
        void aPreflightFromTheListedOriginIsAnsweredBeforeAnyTokenIsAskedFor() {
            HttpResponse<String> preflight = preflight(port, LISTED);

            assertThat(preflight.statusCode()).isIn(200, 204);
            assertThat(header(preflight, "Access-Control-Allow-Origin")).isEqualTo(LISTED);
            assertThat(header(preflight, "Access-Control-Allow-Methods")).contains("POST");
            assertThat(header(preflight, "Access-Control-Allow-Headers").toLowerCase(Locale.ROOT))
                    .contains("authorization", "content-type", "accept-language");
        }

        @Test
        void theListedOriginReadsTheAnswerAndTheWwwAuthenticateHeader() {
            String token = TokenCommand.sign(DevelopmentSecrets.JWT_HMAC_SECRET, "dev@example.test", "AAD", false,
                    Duration.ofMinutes(10));
            HttpResponse<String> answer = post(port, "Origin", LISTED, "Authorization", "Bearer " + token);
            HttpResponse<String> unauthenticated = post(port, "Origin", LISTED);

            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(header(answer, "Access-Control-Allow-Origin")).isEqualTo(LISTED);
            assertThat(PlainHttp.json(answer, "data.viewer.account.login")).isEqualTo("dev@example.test");
            assertThat(unauthenticated.statusCode()).isEqualTo(401);
            assertThat(header(unauthenticated, "Access-Control-Allow-Origin")).isEqualTo(LISTED);
            assertThat(header(unauthenticated, "Access-Control-Expose-Headers")).contains("WWW-Authenticate");
            assertThat(PlainHttp.json(unauthenticated, "errors.0.extensions.code")).isEqualTo("UNAUTHENTICATED");
        }

        @Test
        void anOriginThatIsNotListedGetsNoCorsHeader() {
            HttpResponse<String> preflight = preflight(port, "http://evil.example.test");
            HttpResponse<String> request = post(port, "Origin", "http://evil.example.test");

            assertThat(corsHeaders(preflight)).isEmpty();
            assertThat(corsHeaders(request)).isEmpty();
        }

        @Test
        void aRefusedCorsRequestIsForbiddenInTheApiShape() {
            HttpResponse<String> unlistedPreflight = preflight(port, "http://evil.example.test");
            HttpResponse<String> unlistedRequest = post(port, "Origin", "http://evil.example.test", "Accept-Language", "ja");
            HttpResponse<String> methodNotAllowed = PlainHttp.send(port, "OPTIONS", "/graphql", null, "Origin", LISTED,
                    "Access-Control-Request-Method", "DELETE");

            for (HttpResponse<String> refused : List.of(unlistedPreflight, unlistedRequest, methodNotAllowed)) {
                assertThat(refused.statusCode()).isEqualTo(403);
                assertThat(header(refused, "Content-Type")).startsWith("application/json");
                assertThat(PlainHttp.json(refused, "errors.0.extensions.code")).isEqualTo("NOT_AUTHORIZED");
                assertThat(PlainHttp.json(refused, "errors.0.extensions.classification")).isEqualTo("FORBIDDEN");
                assertThat(refused.body()).doesNotContain("Invalid CORS request");
            }
            assertThat(PlainHttp.json(unlistedRequest, "errors.0.message")).contains("CORS").contains("API を呼び出せません");
        }

        @Test
        void theChallengeAndTheMetadataNameThePublicUrlWhateverTheHostHeaderSays() {
            String challenge = PlainHttp.withHost(port, "POST", "/graphql", "evil.example", "Content-Type", "application/json");
            String metadata = PlainHttp.withHost(port, "GET", METADATA, "evil.example");

            assertThat(challenge).startsWith("HTTP/1.1 401")
                    .contains("resource_metadata=\"" + PUBLIC_URL + METADATA + "\"").doesNotContain("evil.example");
            assertThat(metadata).startsWith("HTTP/1.1 200").contains("\"resource\":\"" + PUBLIC_URL + "\"")
                    .doesNotContain("evil.example").doesNotContain("tls_client_certificate_bound_access_tokens");
        }
    }

    @Nested
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
            "benefits.embedded-mongo.in-memory=true", "benefits.demo.enabled=false"})
    class ByDefault {

        @LocalServerPort
        int port;

        @Test
        void noOriginIsListed() {
            HttpResponse<String> preflight = preflight(port, LISTED);

            assertThat(corsHeaders(preflight)).isEmpty();
            assertThat(corsHeaders(post(port, "Origin", LISTED))).isEmpty();
        }

        @Test
        void noTokenIsUnauthenticatedInTheApiShapeWithItsChallenge() {
            HttpResponse<String> response = post(port);

            assertUnauthorized(response, "UNAUTHENTICATED");
            assertThat(header(response, "WWW-Authenticate")).startsWith("Bearer");
            assertThat(PlainHttp.json(response, "errors.0.message")).contains("Authorization: Bearer");
        }

        @Test
        void withNoPublicUrlTheChallengeNamesNoMetadataAndThereIsNoneToRead() {
            String challenge = PlainHttp.withHost(port, "POST", "/graphql", "evil.example", "Content-Type", "application/json");
            HttpResponse<String> metadata = PlainHttp.get(port, METADATA);

            assertThat(challenge).startsWith("HTTP/1.1 401").containsIgnoringCase("WWW-Authenticate: Bearer")
                    .doesNotContain("resource_metadata").doesNotContain("evil.example");
            assertThat(metadata.statusCode()).isEqualTo(404);
            assertThat(PlainHttp.json(metadata, "errors.0.extensions.code")).isEqualTo("NOT_FOUND");
            assertThat(metadata.body()).doesNotContain("tls_client_certificate_bound_access_tokens");
        }

        @Test
        void aTokenThatDoesNotVerifyIsUnauthenticated() {
            String foreign = TokenCommand.sign("a-secret-nobody-here-knows-of-32-bytes!!", "dev@example.test", "AAD",
                    false, Duration.ofMinutes(10));

            HttpResponse<String> badSignature = post(port, "Authorization", "Bearer " + foreign);
            HttpResponse<String> garbage = post(port, "Authorization", "Bearer not-a-token");

            assertUnauthorized(badSignature, "UNAUTHENTICATED");
            assertUnauthorized(garbage, "UNAUTHENTICATED");
            assertThat(header(badSignature, "WWW-Authenticate")).contains("invalid_token");
        }

        @Test
        void anExpiredTokenSaysSoInTheCallersLanguage() throws JOSEException {
            HttpResponse<String> response = post(port, "Authorization", "Bearer " + expiredToken(), "Accept-Language", "ja");

            assertUnauthorized(response, "TOKEN_EXPIRED");
            assertThat(header(response, "WWW-Authenticate")).contains("invalid_token");
            assertThat(PlainHttp.json(response, "errors.0.message")).contains("サインイン");
        }
    }

    /** Signed with the right secret, issued 20 minutes ago for 10 minutes (well past the clock-skew allowance). */
    static String expiredToken() throws JOSEException {
        Instant issued = Instant.now().minus(Duration.ofMinutes(20));
        JWTClaimsSet claims = new JWTClaimsSet.Builder().subject("dev@example.test").issueTime(Date.from(issued))
                .expirationTime(Date.from(issued.plus(Duration.ofMinutes(10)))).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        jwt.sign(new MACSigner(DevelopmentSecrets.JWT_HMAC_SECRET.getBytes(StandardCharsets.UTF_8)));
        return jwt.serialize();
    }

    static void assertUnauthorized(HttpResponse<String> response, String code) {
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(header(response, "Content-Type")).startsWith("application/json");
        assertThat(PlainHttp.json(response, "errors.0.extensions.code")).isEqualTo(code);
        assertThat(PlainHttp.json(response, "errors.0.extensions.classification")).isEqualTo("UNAUTHORIZED");
        assertThat(header(response, "WWW-Authenticate")).isNotNull();
    }

    static HttpResponse<String> preflight(int port, String origin) {
        return PlainHttp.send(port, "OPTIONS", "/graphql", null, "Origin", origin,
                "Access-Control-Request-Method", "POST",
                "Access-Control-Request-Headers", "authorization,content-type,accept-language");
    }

    static HttpResponse<String> post(int port, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "Content-Type";
        all[1] = "application/json";
        System.arraycopy(headers, 0, all, 2, headers.length);
        return PlainHttp.send(port, "POST", "/graphql", QUERY, all);
    }

    static String header(HttpResponse<String> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    static List<String> corsHeaders(HttpResponse<String> response) {
        return response.headers().map().keySet().stream()
                .filter(name -> name.toLowerCase(Locale.ROOT).startsWith("access-control-allow")).toList();
    }
}
