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

    private CallerClaims() {
    }

    /** @throws IllegalArgumentException when the claims cannot name a caller */
    static Caller toCaller(String subject, Map<String, Object> claims) {
        Login login = new Login(subject);
        Object kind = claims.getOrDefault(ACCOUNT_KIND, AccountKind.AAD.name());
        AccountKind accountKind = AccountKind.valueOf(String.valueOf(kind));
        Object roles = claims.get(ROLES);
        boolean operator = roles instanceof Collection<?> list ? list.contains(OPERATOR_ROLE) : OPERATOR_ROLE.equals(roles);
        return new Caller(login, accountKind, operator);
    }
}
