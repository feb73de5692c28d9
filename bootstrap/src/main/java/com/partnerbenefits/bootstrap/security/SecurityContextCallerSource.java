package com.partnerbenefits.bootstrap.security;

import com.partnerbenefits.adapter.graphql.support.CallerSource;
import com.partnerbenefits.application.port.in.Caller;
import com.partnerbenefits.bootstrap.config.PortalProperties;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;

/** The caller of the current request: from a verified bearer JWT, or from the ID token of a page's session. */
class SecurityContextCallerSource implements CallerSource {

    private final PortalProperties portal;

    SecurityContextCallerSource(PortalProperties portal) {
        this.portal = portal;
    }

    @Override
    public Optional<Caller> currentCaller() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return Optional.empty();
        }
        if (authentication.getPrincipal() instanceof Jwt jwt) {
            return Optional.of(CallerClaims.toCaller(jwt.getSubject(), jwt.getClaims()));
        }
        if (authentication.getPrincipal() instanceof OidcUser user) {
            return Optional.of(fromIdToken(user));
        }
        return Optional.empty();
    }

    /** @throws IllegalArgumentException when the ID token names no usable caller (refused at sign-in already) */
    Caller fromIdToken(OidcUser user) {
        return CallerClaims.fromIdToken(user.getClaims(), portal.loginClaim(), portal.defaultAccountKind());
    }
}
