package com.partnerbenefits.adapter.graphql.benefit;

import com.partnerbenefits.domain.benefit.BenefitKind;
import com.partnerbenefits.domain.membership.Membership;

/**
 * The GraphQL {@code TechnicalBenefit}; {@code incidentAllowance} is null when unlimited, {@code contract}
 * until activated. The contract comes with the benefit (loaded for the whole list at once), so neither
 * field costs a fetch of its own. It keeps its membership, which decides when the contract ends.
 */
public record TechnicalBenefitView(String id, BenefitKind kind, boolean unlimited, Integer incidentAllowance,
        boolean activated, SupportContractView contract, Membership membership) {
}
