package com.partnerbenefits.application.port.in;

import com.partnerbenefits.domain.membership.Membership;
import com.partnerbenefits.domain.membership.MembershipId;
import com.partnerbenefits.domain.partner.Account;
import com.partnerbenefits.domain.partner.AccountId;
import com.partnerbenefits.domain.partner.Partner;
import com.partnerbenefits.domain.partner.PartnerId;
import java.util.List;
import java.util.Optional;

/**
 * Reading partners, their accounts and memberships as the viewer may see them. Lookups by ID answer
 * empty for what the viewer may not see, so another tenant's objects are indistinguishable from
 * missing ones.
 */
public interface BrowsePartnersQuery {

    Optional<Partner> partnerOf(Viewer viewer);

    Optional<Partner> findPartner(Viewer viewer, PartnerId id);

    Optional<Account> findAccount(Viewer viewer, AccountId id);

    /** Refused with NOT_AUTHORIZED for a member that is not MPN-associated (the article's CSP-only case). */
    Result<List<Membership>> membershipsOf(Viewer viewer, PartnerId partner);

    Optional<Membership> findMembership(Viewer viewer, MembershipId id);
}
