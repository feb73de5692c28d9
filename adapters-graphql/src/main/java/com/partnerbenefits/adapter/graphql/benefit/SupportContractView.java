package com.partnerbenefits.adapter.graphql.benefit;

import com.partnerbenefits.domain.benefit.BenefitKind;
import com.partnerbenefits.domain.contract.ContractStatus;
import com.partnerbenefits.domain.contract.SupportContractId;
import com.partnerbenefits.domain.partner.PartnerId;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The GraphQL {@code SupportContract}; both counts are null when unlimited; {@code key} and {@code partner}
 * load what hangs off it; {@code accessId} and {@code contractId} are null unless the caller may read them.
 */
public record SupportContractView(String id, SupportContractId key, PartnerId partner, String accessId, String contractId, ContractStatus status,
        BenefitKind benefitKind, LocalDate startsOn, LocalDate endsOn, Instant activatedAt, boolean unlimited,
        Integer incidentsTotal, Integer incidentsRemaining) {
}
