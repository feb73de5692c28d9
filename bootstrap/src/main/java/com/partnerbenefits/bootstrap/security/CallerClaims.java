package com.partnerbenefits.bootstrap.security;

import com.partnerbenefits.application.port.in.Caller;
import com.partnerbenefits.domain.partner.AccountKind;
import com.partnerbenefits.domain.partner.Login;
import java.util.Collection;
import java.util.Map;

/** How a token's claims describe the caller: {@code sub}, {@code account_kind}, {@code roles}. */
final class CallerClaims {

    static final String ACCOUNT_KIND = "account_kind";
    static final String ROLES = "roles";
    static final String OPERATOR_ROLE = "benefits.operator";
    static final String SUPPORT_ROLE = "benefits.support";

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

    /** {@code roles} is a list of names, or a single name. */
    private static boolean hasRole(Object roles, String role) {
        return roles instanceof Collection<?> list ? list.contains(role) : role.equals(roles);
    }
}
