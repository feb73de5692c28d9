package com.partnerbenefits.adapter.graphql.benefit;

import com.partnerbenefits.domain.benefit.BenefitKind;
import com.partnerbenefits.application.port.in.MembershipStanding;

/**
 * The GraphQL {@code TechnicalBenefit}; {@code incidentAllowance} is null when unlimited, {@code contract}
 * until activated. The contract comes with the benefit (loaded for the whole list at once), so neither
 * field costs a fetch of its own. It keeps its membership as the application answered it.
 */
public record TechnicalBenefitView(String id, BenefitKind kind, boolean unlimited, Integer incidentAllowance,
        boolean activated, SupportContractView contract, MembershipStanding membership) {
}
