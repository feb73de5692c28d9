package com.partnerbenefits.application.service;

import com.partnerbenefits.application.access.AccessPolicy;
import com.partnerbenefits.application.port.in.ActivateTechnicalBenefitUseCase;
import com.partnerbenefits.application.port.in.BenefitContract;
import com.partnerbenefits.application.port.in.MembershipStanding;
import com.partnerbenefits.application.port.in.TechnicalBenefitsQuery.GrantedBenefit;
import com.partnerbenefits.application.port.in.Refusal;
import com.partnerbenefits.application.port.in.Result;
import com.partnerbenefits.application.port.in.Viewer;
import com.partnerbenefits.application.port.out.ContractControlStore;
import com.partnerbenefits.application.port.out.IdGenerator;
import com.partnerbenefits.application.port.out.MembershipStore;
import com.partnerbenefits.application.port.out.SupportContractStore;
import com.partnerbenefits.domain.benefit.TechnicalBenefit;
import com.partnerbenefits.domain.benefit.TechnicalBenefitId;
import com.partnerbenefits.domain.contract.ContractCredentials;
import com.partnerbenefits.domain.contract.SupportContract;
import com.partnerbenefits.domain.contract.SupportContractId;
import com.partnerbenefits.domain.membership.Membership;
import com.partnerbenefits.domain.partner.Account;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Activation without transactions: the contract is inserted under unique indexes on its benefit and
 * on both credentials. Losing the race for the benefit means another admin activated it at the same
 * moment, so the winner's contract is the answer; losing it on a credential (a random collision) means
 * drawing new ones.
 */
public class ActivateTechnicalBenefitService implements ActivateTechnicalBenefitUseCase {

    static final int CREDENTIAL_ATTEMPTS = 5;

    private final AccessPolicy policy;
    private final MembershipStore memberships;
    private final SupportContractStore contracts;
    private final ContractControlStore controls;
    private final IdGenerator ids;
    private final RandomGenerator random;
    private final Clock clock;

    /** {@code random} draws the credentials: a {@code SecureRandom} in the service. */
    public ActivateTechnicalBenefitService(AccessPolicy policy, MembershipStore memberships, SupportContractStore contracts,
            ContractControlStore controls, IdGenerator ids, RandomGenerator random, Clock clock) {
        this.policy = policy;
        this.memberships = memberships;
        this.contracts = contracts;
        this.controls = controls;
        this.ids = ids;
        this.random = random;
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
        return createContract(viewer, benefit.get(), membership);
    }

    private Result<Activation, ActivateTechnicalBenefitUseCase.Reason> createContract(Viewer viewer, TechnicalBenefit benefit, Membership membership) {
        Account activatedBy = viewer.account();
        for (int attempt = 0; attempt < CREDENTIAL_ATTEMPTS; attempt++) {
            SupportContract candidate = SupportContract.activate(new SupportContractId(ids.newId()), benefit, membership,
                    ContractCredentials.random(random), clock.instant());
            if (controls.addActivated(candidate, activatedBy.id())) {
                return activated(viewer, benefit, membership, candidate, false);
            }
            Optional<SupportContract> winner = contracts.findByBenefit(benefit.id());
            if (winner.isPresent()) {
                return activated(viewer, benefit, membership, winner.get(), true);
            }
        }
        throw new IllegalStateException("no free credentials after " + CREDENTIAL_ATTEMPTS + " draws; is the generator random?");
    }

    private Result<Activation, ActivateTechnicalBenefitUseCase.Reason> activated(Viewer viewer, TechnicalBenefit benefit, Membership membership, SupportContract contract,
            boolean alreadyActivated) {
        LocalDate today = LocalDate.now(clock);
        return Result.succeeded(new Activation(new GrantedBenefit(benefit, MembershipStanding.asOf(today, membership)),
                policy.contractAsReadBy(viewer, today, contract, membership), alreadyActivated));
    }
}
