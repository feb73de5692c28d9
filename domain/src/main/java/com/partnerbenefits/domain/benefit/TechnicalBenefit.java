package com.partnerbenefits.domain.benefit;

import com.partnerbenefits.domain.membership.Membership;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A technical benefit a membership grants: its kind and its incident allowance. */
public record TechnicalBenefit(TechnicalBenefitId id, IncidentAllowance allowance) {

    public TechnicalBenefit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(allowance, "allowance");
    }

    /**
     * The benefits the entitlement table grants for the membership's offer and competency area; for a
     * paid plan, the plan itself.
     */
    public static List<TechnicalBenefit> grantedBy(Membership membership) {
        Optional<PaidPlan> paid = PaidPlan.heldBy(membership);
        if (paid.isPresent()) {
            return List.of(new TechnicalBenefit(new TechnicalBenefitId(membership.id(), paid.get().kind()), paid.get().allowance()));
        }
        return EntitlementPolicy.entitlementsFor(membership.offer(), membership.competencyArea()).stream()
                .map(rule -> new TechnicalBenefit(new TechnicalBenefitId(membership.id(), rule.benefitKind()), rule.allowance()))
                .toList();
    }

    /** The benefit of this kind the membership grants, if the table grants it one. */
    public static Optional<TechnicalBenefit> grantedBy(Membership membership, BenefitKind kind) {
        return grantedBy(membership).stream().filter(benefit -> benefit.kind() == kind).findFirst();
    }

    public BenefitKind kind() {
        return id.kind();
    }
}
