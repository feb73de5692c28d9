package com.partnerbenefits.application.service;

import com.partnerbenefits.application.access.AccessPolicy;
import com.partnerbenefits.application.port.in.BenefitContract;
import com.partnerbenefits.application.port.in.MembershipStanding;
import com.partnerbenefits.application.port.in.TechnicalBenefitsQuery;
import com.partnerbenefits.application.port.in.Viewer;
import com.partnerbenefits.application.port.out.MembershipStore;
import com.partnerbenefits.application.port.out.SupportContractStore;
import com.partnerbenefits.domain.benefit.TechnicalBenefit;
import com.partnerbenefits.domain.benefit.TechnicalBenefitId;
import com.partnerbenefits.domain.contract.SupportContract;
import com.partnerbenefits.domain.contract.SupportContractId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

public class TechnicalBenefitsService implements TechnicalBenefitsQuery {

    private final AccessPolicy policy;
    private final MembershipStore memberships;
    private final SupportContractStore contracts;
    private final Clock clock;

    public TechnicalBenefitsService(AccessPolicy policy, MembershipStore memberships, SupportContractStore contracts,
            Clock clock) {
        this.policy = policy;
        this.memberships = memberships;
        this.contracts = contracts;
        this.clock = clock;
    }

    @Override
    public Optional<GrantedBenefit> findBenefit(Viewer viewer, TechnicalBenefitId id) {
        return memberships.findMembership(id.membershipId())
                .filter(membership -> policy.maySeeBenefitsOf(viewer, membership.partnerId()))
                .flatMap(membership -> TechnicalBenefit.grantedBy(membership, id.kind())
                        .map(benefit -> new GrantedBenefit(benefit, MembershipStanding.asOf(LocalDate.now(clock),
                                membership))));
    }

    @Override
    public Map<GrantedBenefit, BenefitContract> contractsOf(Viewer viewer, Set<GrantedBenefit> benefits) {
        if (benefits.isEmpty()) {
            return Map.of();
        }
        Map<TechnicalBenefitId, SupportContract> found = contracts.contractsOf(
                benefits.stream().map(granted -> granted.benefit().id()).distinct().toList());
        LocalDate today = LocalDate.now(clock);
        Map<GrantedBenefit, BenefitContract> answer = new HashMap<>();
        for (GrantedBenefit granted : benefits) {
            SupportContract contract = found.get(granted.benefit().id());
            if (contract != null && policy.maySeeBenefitsOf(viewer, contract.partnerId())) {
                answer.put(granted, policy.contractAsReadBy(viewer, today, contract, granted.membership().membership()));
            }
        }
        return answer;
    }

    @Override
    public Optional<BenefitContract> findContract(Viewer viewer, SupportContractId id) {
        return contracts.findWithMembership(id)
                .flatMap(read -> policy.visibleContract(viewer, LocalDate.now(clock), read.contract(), read.membership()));
    }
}
