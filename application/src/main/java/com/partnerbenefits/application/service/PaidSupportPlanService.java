package com.partnerbenefits.application.service;

import com.partnerbenefits.application.access.AccessPolicy;
import com.partnerbenefits.application.port.in.ActivateTechnicalBenefitUseCase.Activation;
import com.partnerbenefits.application.port.in.RecordPaidSupportPlanUseCase;
import com.partnerbenefits.application.port.in.Refusal;
import com.partnerbenefits.application.port.in.Result;
import com.partnerbenefits.application.port.in.Viewer;
import com.partnerbenefits.application.port.out.ContractControlStore;
import com.partnerbenefits.application.port.out.IdGenerator;
import com.partnerbenefits.application.port.out.MembershipStore;
import com.partnerbenefits.application.port.out.PartnerStore;
import com.partnerbenefits.application.port.out.SupportContractStore;
import com.partnerbenefits.domain.benefit.TechnicalBenefit;
import com.partnerbenefits.domain.membership.Membership;
import com.partnerbenefits.domain.membership.MembershipId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.random.RandomGenerator;

/**
 * Records a paid plan: the partner's hold on it (a membership of the plan's offer, which its contract
 * ends with) first, then its contract, issued as an activation is. A recording cut short between the
 * two leaves a plan without a contract, which the partner's admin activates like any benefit.
 */
public class PaidSupportPlanService implements RecordPaidSupportPlanUseCase {

    private final AccessPolicy policy;
    private final PartnerStore partners;
    private final MembershipStore memberships;
    private final IdGenerator ids;
    private final ContractIssuer issuer;
    private final Clock clock;

    public PaidSupportPlanService(AccessPolicy policy, PartnerStore partners, MembershipStore memberships,
            SupportContractStore contracts, ContractControlStore controls, IdGenerator ids, RandomGenerator random, Clock clock) {
        this.policy = policy;
        this.partners = partners;
        this.memberships = memberships;
        this.ids = ids;
        this.issuer = new ContractIssuer(contracts, controls, ids, random, clock);
        this.clock = clock;
    }

    @Override
    public Result<Activation, Reason> recordPaidSupportPlan(Viewer viewer, Command command) {
        if (!policy.mayOperate(viewer)) {
            return Result.refused(Reason.NOT_AUTHORIZED);
        }
        if (partners.findPartner(command.partnerId()).isEmpty()) {
            return Result.refused(Refusal.notFound("partnerId"));
        }
        Membership held = command.plan().heldFrom(new MembershipId(ids.newId()), command.partnerId(), command.startsOn(),
                command.endsOn());
        memberships.addMembership(held);
        TechnicalBenefit plan = TechnicalBenefit.grantedBy(held).get(0);
        ContractIssuer.Issued issued = issuer.issue(plan, held, viewer.account().id());
        LocalDate today = LocalDate.now(clock);
        return Result.succeeded(Activation.asOf(today, plan, held,
                policy.contractAsReadBy(viewer, today, issued.contract(), held), false));
    }
}
