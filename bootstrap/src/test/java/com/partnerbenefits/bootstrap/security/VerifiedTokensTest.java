package com.partnerbenefits.bootstrap.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;

/** A token's signature is verified once; its expiry and the other claim checks still hold on every request. */
class VerifiedTokensTest {

    private static final String SECRET = "verified-tokens-test-secret-of-at-least-32-bytes";
    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

    private final AtomicInteger verifications = new AtomicInteger();
    private final AtomicReference<Instant> now = new AtomicReference<>(NOW);

    @Test
    void aCachedTokenStillExpiresExactlyWhenItsExpiryAndTheSkewHavePassed() throws Exception {
        JwtDecoder decoder = decoder();
        String token = token(NOW.plus(Duration.ofMinutes(5)), SECRET);

        assertThat(decoder.decode(token).getSubject()).isEqualTo("someone@contoso.com");
        now.set(NOW.plus(Duration.ofMinutes(5)).plusSeconds(60)); // the validator's default 60 s of skew
        assertThat(decoder.decode(token).getSubject()).isEqualTo("someone@contoso.com");
        assertThat(verifications).as("its signature verified once").hasValue(1);

        now.set(NOW.plus(Duration.ofMinutes(5)).plusSeconds(61));
        assertThatThrownBy(() -> decoder.decode(token)).isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("expired");
    }

    @Test
    void aTokenThatFailsToVerifyIsNeverKept() throws Exception {
        JwtDecoder decoder = decoder();
        String forged = token(NOW.plus(Duration.ofMinutes(5)), "another-secret-that-is-also-32-bytes-long");

        assertThatThrownBy(() -> decoder.decode(forged)).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> decoder.decode(forged)).isInstanceOf(BadJwtException.class);
        assertThat(verifications).hasValue(2);
    }

    private JwtDecoder decoder() {
        NimbusJwtDecoder nimbus = NimbusJwtDecoder.withSecretKey(SecurityConfiguration.hmacKey(SECRET))
                .macAlgorithm(MacAlgorithm.HS256).build();
        nimbus.setJwtValidator(token -> OAuth2TokenValidatorResult.success());
        JwtDecoder counting = token -> {
            verifications.incrementAndGet();
            return nimbus.decode(token);
        };
        JwtTimestampValidator timestamps = new JwtTimestampValidator();
        timestamps.setClock(new Clock() {
            @Override
            public Instant instant() {
                return now.get();
            }

            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }
        });
        return new VerifiedTokens(counting, timestamps, 10, Duration.ofMinutes(10));
    }

    private static String token(Instant expiry, String secret) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), new JWTClaimsSet.Builder()
                .subject("someone@contoso.com").issueTime(Date.from(NOW)).expirationTime(Date.from(expiry)).build());
        jwt.sign(new MACSigner(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        return jwt.serialize();
    }
}
