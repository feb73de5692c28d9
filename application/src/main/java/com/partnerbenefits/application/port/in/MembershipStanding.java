package com.partnerbenefits.application.port.in;

import com.partnerbenefits.application.port.in.TechnicalBenefitsQuery.GrantedBenefit;
import com.partnerbenefits.domain.benefit.TechnicalBenefit;
import com.partnerbenefits.domain.membership.Membership;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** A membership with whether it is active decided by the application on the day it was read. */
public record MembershipStanding(Membership membership, boolean active) {

    public MembershipStanding {
        Objects.requireNonNull(membership, "membership");
    }

    /** The membership as it stands {@code today}: active from its first to its last day, both included. */
    public static MembershipStanding asOf(LocalDate today, Membership membership) {
        return new MembershipStanding(membership, membership.isActiveOn(today));
    }

    /** The benefits the entitlement table grants for this membership, each knowing its membership. */
    public List<GrantedBenefit> benefits() {
        return TechnicalBenefit.grantedBy(membership).stream().map(benefit -> new GrantedBenefit(benefit, this)).toList();
    }
}
