package com.partnerbenefits.application.port.out;

import com.partnerbenefits.domain.membership.Membership;
import com.partnerbenefits.domain.membership.MembershipId;
import com.partnerbenefits.domain.partner.PartnerId;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public interface MembershipStore {

    void addMembership(Membership membership);

    Optional<Membership> findMembership(MembershipId id);

    /** Those of these memberships that exist, in one round trip. */
    Map<MembershipId, Membership> findMemberships(Collection<MembershipId> ids);

    /** The memberships of several partners in one round trip, each list newest start first; every key answered. */
    Map<PartnerId, List<Membership>> membershipsOf(Collection<PartnerId> partners);

    /**
     * Sets the end date only if it moves it earlier (one conditional update, so concurrent calls
     * can never extend a membership) and answers the membership as stored afterwards.
     */
    Optional<Membership> moveEndEarlier(MembershipId id, LocalDate endsOn);

    /** The memberships ending on a day from {@code from} to {@code to}, both included (the expiry check's). */
    List<Membership> endingBetween(LocalDate from, LocalDate to);
}
