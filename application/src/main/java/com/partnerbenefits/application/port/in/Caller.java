package com.partnerbenefits.application.port.in;

import com.partnerbenefits.domain.partner.AccountKind;
import com.partnerbenefits.domain.partner.Login;
import java.util.Objects;

/**
 * Who is calling, as the verified token says: the login, the account kind to record when the
 * account is first seen, and whether the token grants the back-office operator role or the support
 * engineer role.
 */
public record Caller(Login login, AccountKind kindWhenFirstSeen, boolean operator, boolean supportEngineer) {

    public Caller {
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(kindWhenFirstSeen, "kindWhenFirstSeen");
    }

    /** A caller without the support engineer role. */
    public Caller(Login login, AccountKind kindWhenFirstSeen, boolean operator) {
        this(login, kindWhenFirstSeen, operator, false);
    }
}
