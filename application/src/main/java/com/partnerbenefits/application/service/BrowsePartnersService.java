package com.partnerbenefits.application.service;

import com.partnerbenefits.application.port.in.BrowsePartnersQuery;
import com.partnerbenefits.application.port.in.Result;
import com.partnerbenefits.application.port.in.Viewer;
import com.partnerbenefits.application.port.out.AccountStore;
import com.partnerbenefits.application.port.out.MembershipStore;
import com.partnerbenefits.application.port.out.PartnerStore;
import com.partnerbenefits.domain.membership.Membership;
import com.partnerbenefits.domain.membership.MembershipId;
import com.partnerbenefits.domain.partner.Account;
import com.partnerbenefits.domain.partner.AccountId;
import com.partnerbenefits.domain.partner.Partner;
import com.partnerbenefits.domain.partner.PartnerId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

public class BrowsePartnersService implements BrowsePartnersQuery {

    private final PartnerStore partners;
    private final AccountStore accounts;
    private final MembershipStore memberships;

    public BrowsePartnersService(PartnerStore partners, AccountStore accounts, MembershipStore memberships) {
        this.partners = partners;
        this.accounts = accounts;
        this.memberships = memberships;
    }

    @Override
    public Optional<Partner> partnerOf(Viewer viewer) {
        return viewer.account().partnerId().flatMap(partners::findPartner);
    }

    @Override
    public Optional<Partner> findPartner(Viewer viewer, PartnerId id) {
        return viewer.maySeePartner(id) ? partners.findPartner(id) : Optional.empty();
    }

    @Override
    public Optional<Account> findAccount(Viewer viewer, AccountId id) {
        if (viewer.account().id().equals(id)) {
            return Optional.of(viewer.account());
        }
        return accounts.findAccount(id)
                .filter(account -> account.partnerId().map(viewer::maySeePartner).orElse(viewer.operator()));
    }

    @Override
    public Map<PartnerId, Result<List<Membership>, BrowsePartnersQuery.Reason>> membershipsOf(Viewer viewer, Set<PartnerId> partnerIds) {
        Set<PartnerId> visible = partnerIds.stream().filter(viewer::maySeeBenefitsOf).collect(Collectors.toSet());
        Map<PartnerId, List<Membership>> found = visible.isEmpty() ? Map.of() : memberships.membershipsOf(visible);
        Map<PartnerId, Result<List<Membership>, BrowsePartnersQuery.Reason>> answers = new HashMap<>();
        for (PartnerId partner : partnerIds) {
            answers.put(partner, visible.contains(partner)
                    ? Result.succeeded(found.getOrDefault(partner, List.of()))
                    : Result.refused(BrowsePartnersQuery.Reason.NOT_AUTHORIZED));
        }
        return answers;
    }

    @Override
    public Optional<Membership> findMembership(Viewer viewer, MembershipId id) {
        return memberships.findMembership(id).filter(membership -> viewer.maySeeBenefitsOf(membership.partnerId()));
    }
}
