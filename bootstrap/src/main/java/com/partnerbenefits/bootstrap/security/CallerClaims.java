package com.partnerbenefits.bootstrap.security;

import com.partnerbenefits.application.port.in.Caller;
import com.partnerbenefits.domain.partner.AccountKind;
import com.partnerbenefits.domain.partner.Login;
import java.util.Collection;
import java.util.Map;

/**
 * How a token's claims describe the caller: a bearer token's {@code sub}, {@code account_kind}, {@code roles};
 * a page's ID token's login claim, {@code tid} and {@code roles} (SPEC 5.2). Both logins pass the same {@link Login} rules.
 */
final class CallerClaims {

    static final String ACCOUNT_KIND = "account_kind";
    static final String ROLES = "roles";
    static final String OPERATOR_ROLE = "benefits.operator";
    static final String SUPPORT_ROLE = "benefits.support";
    static final String LOGIN_FALLBACK = "preferred_username";
    static final String TENANT = "tid";
    /** Microsoft Entra ID's tenant of personal (consumer) Microsoft accounts. */
    static final String CONSUMER_TENANT = "9188040d-6c67-4c5b-b112-36a304b66dad";

    private CallerClaims() {
    }

    /** @throws IllegalArgumentException when the claims cannot name a caller */
    static Caller toCaller(String subject, Map<String, Object> claims) {
        Login login = new Login(subject);
        Object kind = claims.getOrDefault(ACCOUNT_KIND, AccountKind.AAD.name());
        AccountKind accountKind = AccountKind.valueOf(String.valueOf(kind));
        Object roles = claims.get(ROLES);
        return new Caller(login, accountKind, hasRole(roles, OPERATOR_ROLE), hasRole(roles, SUPPORT_ROLE));
    }

    /**
     * The caller an ID token names: the login from {@code loginClaim} (else {@code preferred_username}); MSA for the
     * consumer tenant's {@code tid}, AAD for any other, {@code kindWithoutTenant} without one.
     *
     * @throws IllegalArgumentException when the claims cannot name a caller
     */
    static Caller fromIdToken(Map<String, Object> claims, String loginClaim, AccountKind kindWithoutTenant) {
        Object login = claims.get(loginClaim);
        if (login == null || String.valueOf(login).isBlank()) {
            login = claims.get(LOGIN_FALLBACK);
        }
        if (login == null) {
            throw new IllegalArgumentException("The ID token has neither " + loginClaim + " nor " + LOGIN_FALLBACK);
        }
        Object tenant = claims.get(TENANT);
        AccountKind kind = tenant == null ? kindWithoutTenant
                : CONSUMER_TENANT.equalsIgnoreCase(String.valueOf(tenant)) ? AccountKind.MSA : AccountKind.AAD;
        Object roles = claims.get(ROLES);
        return new Caller(new Login(String.valueOf(login)), kind, hasRole(roles, OPERATOR_ROLE), hasRole(roles, SUPPORT_ROLE));
    }

    /** {@code roles} is a list of names, or a single name. */
    private static boolean hasRole(Object roles, String role) {
        return roles instanceof Collection<?> list ? list.contains(role) : role.equals(roles);
    }
}
