package com.partnerbenefits.adapter.graphql.benefit;

import com.partnerbenefits.domain.benefit.BenefitKind;
import com.partnerbenefits.domain.benefit.TechnicalBenefitId;
import com.partnerbenefits.domain.membership.Membership;

/**
 * The GraphQL {@code TechnicalBenefit}; {@code incidentAllowance} is null when unlimited. It keeps
 * its raw ID for loading its contract, and its membership, which decides when that contract ends.
 */
public record TechnicalBenefitView(String id, BenefitKind kind, boolean unlimited, Integer incidentAllowance,
        TechnicalBenefitId benefitId, Membership membership) {
}
