package com.partnerbenefits.application.port.in;

import com.partnerbenefits.domain.contract.UnavailabilityReason;

/**
 * What each operation answers when a plan cannot serve a product (see {@code Coverage}), in one
 * place, so {@code supportPlans}, {@code raiseIncident} and {@code linkSupportContract} give the same
 * answer to the same situation in the codes the SPEC fixes for each.
 */
public final class UnavailabilityAnswers {

    private UnavailabilityAnswers() {
    }

    /** {@code raiseIncident}: an exhausted contract has no incidents remaining to take. */
    public static RaiseIncidentUseCase.Reason whenRaising(UnavailabilityReason reason) {
        return switch (reason) {
            case EXPIRED -> RaiseIncidentUseCase.Reason.CONTRACT_EXPIRED;
            case EXHAUSTED -> RaiseIncidentUseCase.Reason.NO_INCIDENTS_REMAINING;
            case PRODUCT_KIND_NOT_COVERED -> RaiseIncidentUseCase.Reason.PRODUCT_KIND_NOT_COVERED;
            case CLOUD_SUPPORT_NOT_INCLUDED -> RaiseIncidentUseCase.Reason.CLOUD_SUPPORT_NOT_INCLUDED;
            case PRODUCT_VERSION_NOT_SUPPORTED -> RaiseIncidentUseCase.Reason.PRODUCT_VERSION_NOT_SUPPORTED;
        };
    }

    /** {@code linkSupportContract}, which asks only whether the contract can be used at all. */
    public static LinkSupportContractUseCase.Reason whenLinking(UnavailabilityReason reason) {
        return switch (reason) {
            case EXPIRED -> LinkSupportContractUseCase.Reason.CONTRACT_EXPIRED;
            case EXHAUSTED -> LinkSupportContractUseCase.Reason.CONTRACT_EXHAUSTED;
            default -> throw new IllegalArgumentException("linking does not depend on a product: " + reason);
        };
    }

    /**
     * {@code supportPlans}' reason among the SPEC's four: a membership without cloud support is a kind
     * not covered there (its message says that no contract of the other kind exists).
     */
    public static UnavailabilityReason inPlanPicker(UnavailabilityReason reason) {
        return reason == UnavailabilityReason.CLOUD_SUPPORT_NOT_INCLUDED ? UnavailabilityReason.PRODUCT_KIND_NOT_COVERED
                : reason;
    }
}
