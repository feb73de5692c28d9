package com.partnerbenefits.application.port.in;

import com.partnerbenefits.domain.benefit.TechnicalBenefit;
import com.partnerbenefits.domain.benefit.TechnicalBenefitId;
import com.partnerbenefits.domain.contract.SupportContractId;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The benefits page beyond memberships: benefits and their support contracts, as the viewer may see
 * them (operators, and the partner's MPN-associated accounts). What the viewer may not see is
 * answered as missing.
 */
public interface TechnicalBenefitsQuery {

    /** A benefit and the membership that grants it, as it stands. */
    record GrantedBenefit(TechnicalBenefit benefit, MembershipStanding membership) {
    }

    Optional<GrantedBenefit> findBenefit(Viewer viewer, TechnicalBenefitId id);

    /** The contracts of the activated ones among these benefits, in one round trip, with their status decided. */
    Map<GrantedBenefit, BenefitContract> contractsOf(Viewer viewer, Set<GrantedBenefit> benefits);

    /** Also visible to the accounts it is linked to, wherever they belong. */
    Optional<BenefitContract> findContract(Viewer viewer, SupportContractId id);
}
