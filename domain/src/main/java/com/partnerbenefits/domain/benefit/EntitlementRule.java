package com.partnerbenefits.domain.benefit;

import com.partnerbenefits.domain.membership.MembershipOffer;
import java.util.Objects;
import java.util.Optional;

/**
 * One cell of the article's entitlement table. {@code cloudCompetency} is empty where the
 * membership's competency area does not matter.
 */
public record EntitlementRule(
        MembershipOffer offer, BenefitKind benefitKind, Optional<Boolean> cloudCompetency, IncidentAllowance allowance) {

    public EntitlementRule {
        Objects.requireNonNull(offer, "offer");
        Objects.requireNonNull(benefitKind, "benefitKind");
        Objects.requireNonNull(cloudCompetency, "cloudCompetency");
        Objects.requireNonNull(allowance, "allowance");
    }

    boolean appliesTo(MembershipOffer membershipOffer, boolean inCloudArea) {
        return offer == membershipOffer && cloudCompetency.map(cloud -> cloud == inCloudArea).orElse(true);
    }
}
