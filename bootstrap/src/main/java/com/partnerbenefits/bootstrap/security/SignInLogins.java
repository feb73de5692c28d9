package com.partnerbenefits.bootstrap.security;

import com.partnerbenefits.bootstrap.config.PortalProperties;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** A page's sign-in is refused when its ID token names no caller the API would accept (SPEC 5.2). */
public final class SignInLogins {

    private SignInLogins() {
    }

    /** Spring Security's OIDC user service, with the same login rules as a bearer token's {@code sub}. */
    public static OAuth2UserService<OidcUserRequest, OidcUser> checked(PortalProperties portal) {
        OidcUserService users = new OidcUserService();
        return request -> {
            OidcUser user = users.loadUser(request);
            try {
                CallerClaims.fromIdToken(user.getClaims(), portal.loginClaim(), portal.defaultAccountKind());
            } catch (RuntimeException unusable) {
                throw new OAuth2AuthenticationException(new OAuth2Error("invalid_login",
                        "The ID token names no usable login (" + portal.loginClaim() + ")", null));
            }
            return user;
        };
    }

    /** The login a signed-in page's session names, as the API sees it. */
    public static String login(OidcUser user, PortalProperties portal) {
        return CallerClaims.fromIdToken(user.getClaims(), portal.loginClaim(), portal.defaultAccountKind()).login().value();
    }
}
