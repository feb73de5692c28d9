package com.partnerbenefits.domain.benefit;

import com.partnerbenefits.domain.membership.MembershipId;
import java.util.Objects;

/**
 * A benefit is identified by its membership and kind (a membership grants each kind at most once),
 * so the benefit can always be found through its membership.
 */
public record TechnicalBenefitId(MembershipId membershipId, BenefitKind kind) {

    public TechnicalBenefitId {
        Objects.requireNonNull(membershipId, "membershipId");
        Objects.requireNonNull(kind, "kind");
    }

    public String value() {
        return membershipId.value() + ":" + kind.name();
    }
}
