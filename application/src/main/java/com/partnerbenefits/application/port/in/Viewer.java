package com.partnerbenefits.application.port.in;

import com.partnerbenefits.domain.partner.Account;
import java.util.Objects;

/**
 * The identified caller of one request: its account, and whether its token grants operator rights
 * or the support engineer role. What each may see or do is decided by the {@code AccessPolicy} only.
 */
public record Viewer(Account account, boolean operator, boolean supportEngineer) {

    public Viewer {
        Objects.requireNonNull(account, "account");
    }

    /** A viewer without the support engineer role. */
    public Viewer(Account account, boolean operator) {
        this(account, operator, false);
    }
}
