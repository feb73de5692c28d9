package com.partnerbenefits.application.service;

import com.partnerbenefits.application.access.AccessPolicy;
import com.partnerbenefits.application.port.in.BrowsePartnersQuery;
import com.partnerbenefits.application.port.in.MembershipStanding;
import com.partnerbenefits.application.port.in.PartnerMemberships;
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
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

public class BrowsePartnersService implements BrowsePartnersQuery {

    private final AccessPolicy policy;
    private final PartnerStore partners;
    private final AccountStore accounts;
    private final MembershipStore memberships;
    private final Clock clock;

    public BrowsePartnersService(AccessPolicy policy, PartnerStore partners, AccountStore accounts,
            MembershipStore memberships, Clock clock) {
        this.policy = policy;
        this.partners = partners;
        this.accounts = accounts;
        this.memberships = memberships;
        this.clock = clock;
    }

    @Override
    public Optional<Partner> partnerOf(Viewer viewer) {
        return viewer.account().partnerId().flatMap(partners::findPartner);
    }

    @Override
    public Optional<Partner> findPartner(Viewer viewer, PartnerId id) {
        return policy.maySeePartner(viewer, id) ? partners.findPartner(id) : Optional.empty();
    }

    @Override
    public Optional<Account> findAccount(Viewer viewer, AccountId id) {
        if (viewer.account().id().equals(id)) {
            return Optional.of(viewer.account());
        }
        return accounts.findAccount(id).filter(account -> policy.maySeeAccount(viewer, account));
    }

    @Override
    public Map<PartnerId, Result<PartnerMemberships, BrowsePartnersQuery.Reason>> membershipsOf(Viewer viewer,
            Set<PartnerId> partnerIds) {
        Set<PartnerId> visible = partnerIds.stream().filter(partner -> policy.maySeeBenefitsOf(viewer, partner))
                .collect(Collectors.toSet());
        Map<PartnerId, List<Membership>> found = visible.isEmpty() ? Map.of() : memberships.membershipsOf(visible);
        LocalDate today = LocalDate.now(clock);
        Map<PartnerId, Result<PartnerMemberships, BrowsePartnersQuery.Reason>> answers = new HashMap<>();
        for (PartnerId partner : partnerIds) {
            answers.put(partner, visible.contains(partner)
                    ? Result.succeeded(PartnerMemberships.asOf(today, found.getOrDefault(partner, List.of())))
                    : Result.refused(BrowsePartnersQuery.Reason.NOT_AUTHORIZED));
        }
        return answers;
    }

    @Override
    public Optional<MembershipStanding> findMembership(Viewer viewer, MembershipId id) {
        return memberships.findMembership(id).filter(membership -> policy.maySeeBenefitsOf(viewer, membership.partnerId()))
                .map(membership -> MembershipStanding.asOf(LocalDate.now(clock), membership));
    }
}
