package com.partnerbenefits.adapter.graphql.linking;

import com.partnerbenefits.adapter.graphql.benefit.SupportContractView;
import com.partnerbenefits.adapter.graphql.partner.AccountView;
import com.partnerbenefits.domain.benefit.BenefitKind;
import com.partnerbenefits.domain.contract.UnavailabilityReason;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The GraphQL types of linking and the support-plan picker. */
public final class PlanViews {

    private PlanViews() {
    }

    public record ContractLinkView(AccountView account, Instant linkedAt) {
    }

    public record SupportPlansView(List<AvailablePlanView> available, List<UnavailablePlanView> unavailable,
            List<WayForwardView> wayForward) {
    }

    public record WayForwardView(BenefitKind kind, boolean covers, String message) {
    }

    public record AvailablePlanView(SupportContractView contract, Integer incidentsRemaining, LocalDate startsOn,
            LocalDate endsOn) {
    }

    public record UnavailablePlanView(SupportContractView contract, UnavailabilityReason reason,
            List<UnavailabilityReason> reasons, String message) {
    }
}
