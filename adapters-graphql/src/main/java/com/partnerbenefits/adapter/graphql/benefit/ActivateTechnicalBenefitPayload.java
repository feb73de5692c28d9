package com.partnerbenefits.adapter.graphql.benefit;

import com.partnerbenefits.adapter.graphql.support.MutationPayload;
import com.partnerbenefits.adapter.graphql.support.UserError;
import java.util.List;

/** The GraphQL {@code ActivateTechnicalBenefitPayload}; the benefit and the flag are null when refused. */
public record ActivateTechnicalBenefitPayload(TechnicalBenefitView benefit, Boolean alreadyActivated,
        List<UserError> userErrors) implements MutationPayload {
}
