package com.partnerbenefits.adapter.graphql.benefit;

import com.partnerbenefits.domain.benefit.BenefitKind;
import com.partnerbenefits.domain.contract.ContractStatus;
import java.time.Instant;
import java.time.LocalDate;

/** The GraphQL {@code SupportContract}; both counts are null when unlimited. */
public record SupportContractView(String id, String accessId, String contractId, ContractStatus status,
        BenefitKind benefitKind, LocalDate startsOn, LocalDate endsOn, Instant activatedAt, boolean unlimited,
        Integer incidentsTotal, Integer incidentsRemaining) {
}
