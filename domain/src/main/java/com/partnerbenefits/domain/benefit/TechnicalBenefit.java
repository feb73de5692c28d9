package com.partnerbenefits.domain.benefit;

import java.util.Objects;

/** A technical benefit a membership grants: its kind and its incident allowance. */
public record TechnicalBenefit(TechnicalBenefitId id, IncidentAllowance allowance) {

    public TechnicalBenefit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(allowance, "allowance");
    }

    public BenefitKind kind() {
        return id.kind();
    }
}
