package com.partnerbenefits.adapter.graphql.catalog;

import com.partnerbenefits.domain.benefit.BenefitKind;
import com.partnerbenefits.domain.membership.MembershipOffer;

/** One row of the entitlement table as the GraphQL {@code EntitlementRule}. */
public record EntitlementRuleView(MembershipOffer offer, BenefitKind benefitKind, Boolean cloudCompetency,
        boolean unlimited, Integer incidentAllowance) {
}
