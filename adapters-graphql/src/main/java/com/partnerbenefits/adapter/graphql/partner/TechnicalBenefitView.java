package com.partnerbenefits.adapter.graphql.partner;

import com.partnerbenefits.domain.benefit.BenefitKind;

/** The GraphQL {@code TechnicalBenefit}; {@code incidentAllowance} is null when unlimited. */
public record TechnicalBenefitView(String id, BenefitKind kind, boolean unlimited, Integer incidentAllowance,
        boolean activated) {
}
