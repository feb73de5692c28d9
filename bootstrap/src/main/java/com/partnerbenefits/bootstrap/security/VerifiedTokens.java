package com.partnerbenefits.bootstrap.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Collection;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.util.StringUtils;

/**
 * Verifies each distinct self-issued token's signature once, and checks its claims on every request. A client
 * sends the same token for its whole life, and parsing it, building a verifier and computing the HMAC were a
 * fixed share of every request. What a token's bytes and the instance's key decide (the signature, the parsed
 * claims) cannot change, so it is kept (bounded; a token unused for a while leaves); what depends on the time
 * or the configuration (exp, nbf, audience, a usable caller) is the validator's, run on every decode exactly as
 * before. A token that fails to verify is never kept.
 */
final class VerifiedTokens implements JwtDecoder {

    private static final String DECODING_ERROR = "An error occurred while attempting to decode the Jwt: %s";

    private final JwtDecoder signatureOnly;
    private final OAuth2TokenValidator<Jwt> validator;
    private final Cache<String, Jwt> verified;

    /** {@code signatureOnly} parses and verifies without checking claims; {@code validator} checks them. */
    VerifiedTokens(JwtDecoder signatureOnly, OAuth2TokenValidator<Jwt> validator, long capacity, Duration idle) {
        this.signatureOnly = signatureOnly;
        this.validator = validator;
        this.verified = Caffeine.newBuilder().maximumSize(capacity).expireAfterAccess(idle).build();
    }

    @Override
    public Jwt decode(String token) {
        Jwt jwt = verified.get(token, signatureOnly::decode);
        OAuth2TokenValidatorResult result = validator.validate(jwt);
        if (result.hasErrors()) {
            throw new JwtValidationException(message(result.getErrors()), result.getErrors());
        }
        return jwt;
    }

    /** The message NimbusJwtDecoder gives the same failure (it reaches the WWW-Authenticate header). */
    private static String message(Collection<OAuth2Error> errors) {
        return errors.stream().map(OAuth2Error::getDescription).filter(StringUtils::hasLength).findFirst()
                .map(description -> String.format(DECODING_ERROR, description)).orElse("Unable to validate Jwt");
    }
}
