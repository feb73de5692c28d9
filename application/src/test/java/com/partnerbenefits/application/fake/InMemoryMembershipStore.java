package com.partnerbenefits.application.fake;

import com.partnerbenefits.application.port.out.MembershipStore;
import com.partnerbenefits.domain.membership.Membership;
import com.partnerbenefits.domain.membership.MembershipId;
import com.partnerbenefits.domain.partner.PartnerId;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** Memberships in memory; the end moves only earlier, atomically per membership. */
public class InMemoryMembershipStore implements MembershipStore {

    private final Map<MembershipId, Membership> memberships = new ConcurrentHashMap<>();

    @Override
    public void addMembership(Membership membership) {
        memberships.put(membership.id(), membership);
    }

    @Override
    public Optional<Membership> findMembership(MembershipId id) {
        return Optional.ofNullable(memberships.get(id));
    }

    @Override
    public Map<MembershipId, Membership> findMemberships(Collection<MembershipId> ids) {
        return ids.stream().distinct().filter(memberships::containsKey).collect(Collectors.toMap(id -> id, memberships::get));
    }

    @Override
    public Map<PartnerId, List<Membership>> membershipsOf(Collection<PartnerId> partnerIds) {
        return partnerIds.stream().distinct().collect(Collectors.toMap(partner -> partner, this::membershipsOf));
    }

    private List<Membership> membershipsOf(PartnerId partner) {
        return memberships.values().stream().filter(m -> m.partnerId().equals(partner))
                .sorted(Comparator.comparing(Membership::startsOn).reversed()).toList();
    }

    @Override
    public Optional<Membership> moveEndEarlier(MembershipId id, LocalDate endsOn) {
        return Optional.ofNullable(memberships.computeIfPresent(id,
                (key, m) -> endsOn.isBefore(m.endsOn()) ? m.endOn(endsOn) : m));
    }

    @Override
    public List<Membership> endingBetween(LocalDate from, LocalDate to) {
        return memberships.values().stream().filter(m -> !m.endsOn().isBefore(from) && !m.endsOn().isAfter(to)).toList();
    }
}
