package com.partnerbenefits.adapter.graphql.benefit;

import com.partnerbenefits.domain.benefit.BenefitKind;
import com.partnerbenefits.domain.contract.ContractStatus;
import com.partnerbenefits.domain.contract.SupportContractId;
import java.time.Instant;
import java.time.LocalDate;

/** The GraphQL {@code SupportContract}; both counts are null when unlimited; {@code key} loads what hangs off it. */
public record SupportContractView(String id, SupportContractId key, String accessId, String contractId, ContractStatus status,
        BenefitKind benefitKind, LocalDate startsOn, LocalDate endsOn, Instant activatedAt, boolean unlimited,
        Integer incidentsTotal, Integer incidentsRemaining) {
}
