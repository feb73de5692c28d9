package com.partnerbenefits.bootstrap.security;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/** A token whose claims cannot name a caller (no usable sub, unknown account_kind) is a bad token: 401. */
class CallerClaimsValidator implements OAuth2TokenValidator<Jwt> {

    @Override
    public OAuth2TokenValidatorResult validate(Jwt token) {
        try {
            CallerClaims.toCaller(token.getSubject(), token.getClaims());
            return OAuth2TokenValidatorResult.success();
        } catch (RuntimeException unusable) {
            return OAuth2TokenValidatorResult.failure(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN,
                    "The token does not name a usable caller", null));
        }
    }
}
