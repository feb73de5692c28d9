package com.partnerbenefits.application.port.in;

import com.partnerbenefits.application.port.in.TechnicalBenefitsQuery.GrantedBenefit;
import com.partnerbenefits.domain.benefit.TechnicalBenefit;
import com.partnerbenefits.domain.benefit.TechnicalBenefitId;
import com.partnerbenefits.domain.contract.SupportContract;
import com.partnerbenefits.domain.membership.Membership;
import java.time.LocalDate;

/**
 * Activating a benefit creates its support contract and issues its Access ID and Contract ID.
 * Idempotent: activating an activated benefit answers the contract it already has, unchanged, and
 * two activations at the same moment get the same contract. Refusals: NOT_FOUND (no such benefit),
 * NOT_AUTHORIZED (not an MPN-associated account of the partner), ACTIVATION_ROLE_REQUIRED (neither
 * Global admin nor MPN partner admin), MEMBERSHIP_NOT_ACTIVE.
 */
public interface ActivateTechnicalBenefitUseCase {

    /** What activating can refuse (besides INVALID_INPUT and NOT_FOUND, see {@link RefusalReason}). */
    enum Reason implements RefusalReason {
        NOT_AUTHORIZED,
        ACTIVATION_ROLE_REQUIRED,
        MEMBERSHIP_NOT_ACTIVE
    }

    /** The benefit with its membership and its contract, each as it stands now. */
    record Activation(GrantedBenefit benefit, BenefitContract contract, boolean alreadyActivated) {

        /** The benefit as it stands {@code today}, with its contract as the caller reads it. */
        public static Activation asOf(LocalDate today, TechnicalBenefit benefit, Membership membership,
                BenefitContract contract, boolean alreadyActivated) {
            return new Activation(new GrantedBenefit(benefit, MembershipStanding.asOf(today, membership)),
                    contract, alreadyActivated);
        }
    }

    Result<Activation, Reason> activate(Viewer viewer, TechnicalBenefitId benefit);
}
