package com.partnerbenefits.application.port.in;

import com.partnerbenefits.application.port.in.TechnicalBenefitsQuery.GrantedBenefit;
import com.partnerbenefits.domain.membership.Membership;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A partner's memberships as they stand on the day they were read (newest first), the benefits its
 * active ones grant, and, when it has none, why.
 */
public record PartnerMemberships(List<MembershipStanding> memberships, List<GrantedBenefit> currentBenefits) {

    /** Why a benefits page shows nothing. */
    public enum NoBenefitsReason {
        /** None of the partner's memberships is active today (none yet, or all ended or not started). */
        NO_ACTIVE_MEMBERSHIP
    }

    public PartnerMemberships {
        memberships = List.copyOf(memberships);
        currentBenefits = List.copyOf(currentBenefits);
    }

    /** Only active memberships grant benefits today; without one, the page has no benefits to show. */
    public static PartnerMemberships asOf(LocalDate today, List<Membership> memberships) {
        List<MembershipStanding> standings = memberships.stream().map(m -> MembershipStanding.asOf(today, m)).toList();
        List<MembershipStanding> active = standings.stream().filter(MembershipStanding::active).toList();
        return new PartnerMemberships(standings, active.stream().flatMap(m -> m.benefits().stream()).toList());
    }

    /** Why the page has no benefits: none of the memberships is active today. */
    public Optional<NoBenefitsReason> noBenefitsBecause() {
        return memberships.stream().anyMatch(MembershipStanding::active) ? Optional.empty()
                : Optional.of(NoBenefitsReason.NO_ACTIVE_MEMBERSHIP);
    }
}
