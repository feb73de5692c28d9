package com.partnerbenefits.bootstrap.security;

import com.partnerbenefits.adapter.graphql.support.CallerSource;
import com.partnerbenefits.application.port.in.Caller;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;

/** The caller of the current request, from the verified JWT in the security context. */
class JwtCallerSource implements CallerSource {

    @Override
    public Optional<Caller> currentCaller() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Jwt jwt) {
            return Optional.of(CallerClaims.toCaller(jwt.getSubject(), jwt.getClaims()));
        }
        return Optional.empty();
    }
}
