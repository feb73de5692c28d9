package com.partnerbenefits.application.service;

import com.partnerbenefits.application.access.AccessPolicy;
import com.partnerbenefits.application.port.in.BenefitContract;
import com.partnerbenefits.application.port.in.TechnicalBenefitsQuery;
import com.partnerbenefits.application.port.in.Viewer;
import com.partnerbenefits.application.port.out.MembershipStore;
import com.partnerbenefits.application.port.out.SupportContractStore;
import com.partnerbenefits.domain.benefit.TechnicalBenefit;
import com.partnerbenefits.domain.benefit.TechnicalBenefitId;
import com.partnerbenefits.domain.contract.SupportContract;
import com.partnerbenefits.domain.contract.SupportContractId;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

public class TechnicalBenefitsService implements TechnicalBenefitsQuery {

    private final AccessPolicy policy;
    private final MembershipStore memberships;
    private final SupportContractStore contracts;

    public TechnicalBenefitsService(AccessPolicy policy, MembershipStore memberships, SupportContractStore contracts) {
        this.policy = policy;
        this.memberships = memberships;
        this.contracts = contracts;
    }

    @Override
    public Optional<GrantedBenefit> findBenefit(Viewer viewer, TechnicalBenefitId id) {
        return memberships.findMembership(id.membershipId())
                .filter(membership -> policy.maySeeBenefitsOf(viewer, membership.partnerId()))
                .flatMap(membership -> TechnicalBenefit.grantedBy(membership, id.kind())
                        .map(benefit -> new GrantedBenefit(benefit, membership)));
    }

    @Override
    public Map<TechnicalBenefitId, SupportContract> contractsOf(Viewer viewer, Set<TechnicalBenefitId> benefits) {
        if (benefits.isEmpty()) {
            return Map.of();
        }
        return contracts.contractsOf(benefits).entrySet().stream()
                .filter(entry -> policy.maySeeBenefitsOf(viewer, entry.getValue().partnerId()))
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @Override
    public Optional<BenefitContract> findContract(Viewer viewer, SupportContractId id) {
        return contracts.findContract(id)
                .filter(contract -> policy.maySeeContract(viewer, contract))
                .flatMap(contract -> memberships.findMembership(contract.benefitId().membershipId())
                        .map(membership -> new BenefitContract(contract, membership)));
    }
}
