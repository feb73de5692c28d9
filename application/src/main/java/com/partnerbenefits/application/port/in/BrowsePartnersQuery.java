package com.partnerbenefits.application.port.in;

import com.partnerbenefits.domain.membership.MembershipId;
import com.partnerbenefits.domain.partner.Account;
import com.partnerbenefits.domain.partner.AccountId;
import com.partnerbenefits.domain.partner.Partner;
import com.partnerbenefits.domain.partner.PartnerId;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reading partners, their accounts and memberships as the viewer may see them. Lookups by ID answer
 * empty for what the viewer may not see, so another tenant's objects are indistinguishable from
 * missing ones.
 */
public interface BrowsePartnersQuery {

    /** What this query can refuse (besides INVALID_INPUT and NOT_FOUND, see {@link RefusalReason}). */
    enum Reason implements RefusalReason {
        NOT_AUTHORIZED
    }

    Optional<Partner> partnerOf(Viewer viewer);

    Optional<Partner> findPartner(Viewer viewer, PartnerId id);

    Optional<Account> findAccount(Viewer viewer, AccountId id);

    /**
     * The memberships of several partners in one round trip, newest first, with what they grant today,
     * one answer per partner:
     * refused with NOT_AUTHORIZED where the viewer is not an MPN-associated account of that partner
     * (the article's CSP-only case).
     */
    Map<PartnerId, Result<PartnerMemberships, Reason>> membershipsOf(Viewer viewer, Set<PartnerId> partners);

    Optional<MembershipStanding> findMembership(Viewer viewer, MembershipId id);
}
