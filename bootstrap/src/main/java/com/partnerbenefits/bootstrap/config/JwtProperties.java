package com.partnerbenefits.bootstrap.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code benefits.security.jwt.*}: self-issued (HMAC-SHA256) tokens, used when no issuer or JWK set is
 * configured. Whether a secret is required, and which, depends on the profile: {@code SecurityConfiguration}
 * and {@code ProductionSettings} say so by name at startup.
 *
 * @param hmacSecret The HMAC-SHA256 secret tokens are signed with, at least 32 bytes (env
 *                   BENEFITS_SECURITY_JWT_HMAC_SECRET); development uses a public one, production needs its own.
 * @param allowHmac  Whether the prod profile accepts HMAC-signed tokens (with a secret of its own) instead of
 *                   tokens from an issuer or JWK set.
 */
@ConfigurationProperties("benefits.security.jwt")
public record JwtProperties(@DefaultValue("") @SettingRules.EmptyOrAtLeastBytes(MIN_HMAC_SECRET_BYTES) String hmacSecret,
        boolean allowHmac) {

    /** HMAC-SHA256 needs a key of at least its 256 bits. */
    public static final int MIN_HMAC_SECRET_BYTES = 32;
}
