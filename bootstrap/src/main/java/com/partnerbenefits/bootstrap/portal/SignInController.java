package com.partnerbenefits.bootstrap.portal;

import com.partnerbenefits.bootstrap.config.PortalProperties;
import com.partnerbenefits.bootstrap.security.SignInLogins;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /auth/session}: what the page needs to sign in: whether a provider is configured and reachable, who
 * the session signed in, whether a token may be handed over in the address; reading it also sets the
 * {@code XSRF-TOKEN} cookie the page sends back.
 */
@RestController
class SignInController {

    private final PortalRegistration registration;
    private final PortalProperties portal;

    SignInController(PortalRegistration registration, PortalProperties portal) {
        this.registration = registration;
        this.portal = portal;
    }

    @GetMapping(PortalSignIn.STATE)
    ResponseEntity<Map<String, Object>> session(@AuthenticationPrincipal OidcUser user, CsrfToken csrf) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("signIn", registration.state().name());
        body.put("signInPath", PortalSignIn.AUTHORIZATION + "/" + PortalRegistration.ID);
        body.put("login", user == null ? null : SignInLogins.login(user, portal));
        body.put("fragmentSignIn", portal.fragmentSignIn());
        body.put("csrfHeader", csrf.getHeaderName());
        csrf.getToken(); // writes the XSRF-TOKEN cookie now, for the page's first request
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
    }

    /** Reached only while the provider cannot be read (the sign-in filter steps aside): back to the page, which says so. */
    @GetMapping(PortalSignIn.AUTHORIZATION + "/{registrationId}")
    ResponseEntity<Void> unavailable() {
        return ResponseEntity.status(HttpStatus.FOUND).location(URI.create("/?sign-in=unavailable")).build();
    }
}
