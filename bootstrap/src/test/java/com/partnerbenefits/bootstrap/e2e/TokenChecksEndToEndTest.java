package com.partnerbenefits.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.partnerbenefits.bootstrap.security.DevelopmentSecrets;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Tokens must expire, and name this service's audience when one is set, whichever way they are verified:
 * self-issued (HMAC) or from an identity provider's JWK set (Spring Boot's own decoder).
 */
class TokenChecksEndToEndTest {

    private static final String VIEWER = "{ viewer { account { login } } }";

    @Nested
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
            "benefits.embedded-mongo.in-memory=true", "benefits.demo.enabled=false"})
    class SelfIssuedWithoutAudience {

        @LocalServerPort
        int port;

        @Test
        void aTokenWithoutExpiryIsRefused() throws Exception {
            GraphQlHttp api = new GraphQlHttp(port);
            String forever = hmac(claims("forever@contoso.com", null).build());
            String expiring = hmac(claims("forever@contoso.com", Duration.ofMinutes(5)).build());

            assertThat(api.post(forever, null, VIEWER, Map.of()).status()).isEqualTo(401);
            assertThat(api.post(expiring, null, VIEWER, Map.of()).status()).as("audience optional here").isEqualTo(200);
        }
    }

    @Nested
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
            "benefits.embedded-mongo.in-memory=true", "benefits.demo.enabled=false",
            "spring.security.oauth2.resourceserver.jwt.audiences=partner-benefits,partner-benefits-staging"})
    class SelfIssuedWithAudiences {

        @LocalServerPort
        int port;

        @Test
        void aTokenMustNameOneOfTheAudiences() throws Exception {
            GraphQlHttp api = new GraphQlHttp(port);

            assertThat(status(api, hmac(claims("aud@contoso.com", Duration.ofMinutes(5)).build()))).isEqualTo(401);
            assertThat(status(api, hmac(claims("aud@contoso.com", Duration.ofMinutes(5)).audience("another-app").build())))
                    .isEqualTo(401);
            assertThat(status(api, hmac(claims("aud@contoso.com", Duration.ofMinutes(5))
                    .audience(List.of("another-app", "partner-benefits-staging")).build()))).isEqualTo(200);
        }
    }

    @Nested
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
            "benefits.embedded-mongo.in-memory=true", "benefits.demo.enabled=false",
            "spring.security.oauth2.resourceserver.jwt.audiences=partner-benefits"})
    class FromAnIdentityProvidersJwkSet {

        @LocalServerPort
        int port;

        @DynamicPropertySource
        static void jwkSet(DynamicPropertyRegistry registry) {
            registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", IdentityProvider::jwkSetUri);
        }

        @Test
        void tokensMustExpireNameTheAudienceAndCarryAUsableSubject() throws Exception {
            GraphQlHttp api = new GraphQlHttp(port);

            assertThat(status(api, IdentityProvider.sign(claims("idp@contoso.com", Duration.ofMinutes(5))
                    .audience("partner-benefits").build()))).isEqualTo(200);
            assertThat(status(api, IdentityProvider.sign(claims("idp@contoso.com", Duration.ofMinutes(5))
                    .audience("another-app").build()))).as("issued for another application").isEqualTo(401);
            assertThat(status(api, IdentityProvider.sign(claims("idp@contoso.com", null)
                    .audience("partner-benefits").build()))).as("no exp").isEqualTo(401);
            assertThat(status(api, IdentityProvider.sign(claims("\u212Aim@contoso.com", Duration.ofMinutes(5))
                    .audience("partner-benefits").build()))).as("look-alike sub").isEqualTo(401);
            assertThat(status(api, hmac(claims("idp@contoso.com", Duration.ofMinutes(5)).audience("partner-benefits")
                    .build()))).as("the development secret means nothing here").isEqualTo(401);
        }
    }

    @AfterAll
    static void stopIdentityProvider() {
        IdentityProvider.stop();
    }

    private static int status(GraphQlHttp api, String token) {
        return api.post(token, null, VIEWER, Map.of()).status();
    }

    private static JWTClaimsSet.Builder claims(String subject, Duration validity) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().subject(subject).issueTime(Date.from(now));
        return validity == null ? claims : claims.expirationTime(Date.from(now.plus(validity)));
    }

    private static String hmac(JWTClaimsSet claims) throws JOSEException {
        return sign(new MACSigner(DevelopmentSecrets.JWT_HMAC_SECRET.getBytes(StandardCharsets.UTF_8)),
                new JWSHeader(JWSAlgorithm.HS256), claims);
    }

    private static String sign(JWSSigner signer, JWSHeader header, JWTClaimsSet claims) throws JOSEException {
        SignedJWT jwt = new SignedJWT(header, claims);
        jwt.sign(signer);
        return jwt.serialize();
    }

    /** An identity provider serving its public key as a JWK set over HTTP, on a free loopback port. */
    private static final class IdentityProvider {

        private static RSAKey key;
        private static HttpServer server;

        static synchronized String jwkSetUri() {
            try {
                if (server == null) {
                    key = new RSAKeyGenerator(2048).keyID("test-key").generate();
                    byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
                    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
                    server.createContext("/jwks", exchange -> {
                        exchange.getResponseHeaders().add("Content-Type", "application/json");
                        exchange.sendResponseHeaders(200, jwks.length);
                        exchange.getResponseBody().write(jwks);
                        exchange.close();
                    });
                    server.start();
                }
                return "http://127.0.0.1:" + server.getAddress().getPort() + "/jwks";
            } catch (IOException | JOSEException e) {
                throw new IllegalStateException(e);
            }
        }

        static String sign(JWTClaimsSet claims) throws JOSEException {
            return TokenChecksEndToEndTest.sign(new RSASSASigner(key),
                    new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        }

        static synchronized void stop() {
            if (server != null) {
                server.stop(0);
                server = null;
            }
        }
    }
}
