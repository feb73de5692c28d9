package com.partnerbenefits.bootstrap.security;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/** Operators only: a verified token whose {@code roles} hold {@code benefits.operator}, read as the API reads it. */
final class OperatorRole {

    private OperatorRole() {
    }

    static AuthorizationManager<RequestAuthorizationContext> required() {
        return (authentication, request) -> new AuthorizationDecision(isOperator(authentication.get()));
    }

    private static boolean isOperator(Authentication authentication) {
        if (authentication == null || !(authentication.getPrincipal() instanceof Jwt jwt)) {
            return false;
        }
        try {
            return CallerClaims.toCaller(jwt.getSubject(), jwt.getClaims()).operator();
        } catch (IllegalArgumentException unusable) {
            return false;
        }
    }
}
