package com.partnerbenefits.application.port.in;

import com.partnerbenefits.domain.partner.Account;
import com.partnerbenefits.domain.partner.PartnerId;
import java.util.Objects;

/**
 * The identified caller of one request: its account, and whether its token grants operator rights
 * or the support engineer role (who reads every incident with its contract and changes its status,
 * nothing else).
 */
public record Viewer(Account account, boolean operator, boolean supportEngineer) {

    public Viewer {
        Objects.requireNonNull(account, "account");
    }

    /** A viewer without the support engineer role. */
    public Viewer(Account account, boolean operator) {
        this(account, operator, false);
    }

    /** Operators and the partner's own accounts see the partner and its people. */
    public boolean maySeePartner(PartnerId partner) {
        return operator || account.belongsTo(partner);
    }

    /** Operators and the partner's MPN-associated accounts see its memberships and benefits. */
    public boolean maySeeBenefitsOf(PartnerId partner) {
        return operator || account.maySeeBenefitsOf(partner);
    }
}
