package com.partnerbenefits.application.service;

import com.partnerbenefits.application.access.AccessPolicy;
import com.partnerbenefits.application.port.in.ActivateTechnicalBenefitUseCase;
import com.partnerbenefits.application.port.in.Refusal;
import com.partnerbenefits.application.port.in.Result;
import com.partnerbenefits.application.port.in.Viewer;
import com.partnerbenefits.application.port.out.ContractControlStore;
import com.partnerbenefits.application.port.out.IdGenerator;
import com.partnerbenefits.application.port.out.MembershipStore;
import com.partnerbenefits.application.port.out.SupportContractStore;
import com.partnerbenefits.domain.benefit.TechnicalBenefit;
import com.partnerbenefits.domain.benefit.TechnicalBenefitId;
import com.partnerbenefits.domain.contract.SupportContract;
import com.partnerbenefits.domain.membership.Membership;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.random.RandomGenerator;

/** Activation without transactions: see {@link ContractIssuer}. */
public class ActivateTechnicalBenefitService implements ActivateTechnicalBenefitUseCase {

    private final AccessPolicy policy;
    private final MembershipStore memberships;
    private final SupportContractStore contracts;
    private final ContractIssuer issuer;
    private final Clock clock;

    /** {@code random} draws the credentials: a {@code SecureRandom} in the service. */
    public ActivateTechnicalBenefitService(AccessPolicy policy, MembershipStore memberships, SupportContractStore contracts,
            ContractControlStore controls, IdGenerator ids, RandomGenerator random, Clock clock) {
        this.policy = policy;
        this.memberships = memberships;
        this.contracts = contracts;
        this.issuer = new ContractIssuer(contracts, controls, ids, random, clock);
        this.clock = clock;
    }

    @Override
    public Result<Activation, ActivateTechnicalBenefitUseCase.Reason> activate(Viewer viewer, TechnicalBenefitId benefitId) {
        Optional<Membership> found = memberships.findMembership(benefitId.membershipId());
        Optional<TechnicalBenefit> benefit = found.flatMap(m -> TechnicalBenefit.grantedBy(m, benefitId.kind()));
        if (benefit.isEmpty()) {
            return Result.refused(Refusal.notFound("benefitId"));
        }
        Membership membership = found.get();
        if (!policy.mayActForItsAccount(viewer) || !policy.isMpnAccountOf(viewer, membership.partnerId())) {
            return Result.refused(ActivateTechnicalBenefitUseCase.Reason.NOT_AUTHORIZED);
        }
        if (!policy.mayActivateBenefitsOf(viewer, membership.partnerId())) {
            return Result.refused(ActivateTechnicalBenefitUseCase.Reason.ACTIVATION_ROLE_REQUIRED);
        }
        Optional<SupportContract> existing = contracts.findByBenefit(benefitId);
        if (existing.isPresent()) {
            return activated(viewer, benefit.get(), membership, existing.get(), true);
        }
        if (!membership.isActiveOn(LocalDate.now(clock))) {
            return Result.refused(ActivateTechnicalBenefitUseCase.Reason.MEMBERSHIP_NOT_ACTIVE);
        }
        ContractIssuer.Issued issued = issuer.issue(benefit.get(), membership, viewer.account().id());
        return activated(viewer, benefit.get(), membership, issued.contract(), issued.alreadyActivated());
    }

    private Result<Activation, ActivateTechnicalBenefitUseCase.Reason> activated(Viewer viewer, TechnicalBenefit benefit, Membership membership, SupportContract contract,
            boolean alreadyActivated) {
        LocalDate today = LocalDate.now(clock);
        return Result.succeeded(Activation.asOf(today, benefit, membership,
                policy.contractAsReadBy(viewer, today, contract, membership), alreadyActivated));
    }
}
