package com.partnerbenefits.application.fake;

import com.partnerbenefits.application.port.out.AdvisoryHoursStore;
import com.partnerbenefits.application.port.out.MembershipStore;
import com.partnerbenefits.domain.advisory.AdvisoryHoursUsage;
import com.partnerbenefits.domain.advisory.AdvisoryLine;
import com.partnerbenefits.domain.membership.Membership;
import com.partnerbenefits.domain.membership.MembershipId;
import com.partnerbenefits.domain.partner.PartnerId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Memberships in memory; the end moves only earlier, atomically per membership. Advisory hours are
 * reserved and given back when the domain's condition holds, tested and applied under one lock (the
 * store's single-document update), with the ledger line.
 */
public class InMemoryMembershipStore implements MembershipStore, AdvisoryHoursStore {

    private final Map<MembershipId, Membership> memberships = new ConcurrentHashMap<>();
    private final Map<MembershipId, List<AdvisoryLine>> advisoryLedgers = new ConcurrentHashMap<>();

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
    public synchronized Optional<Membership> moveEndEarlier(MembershipId id, LocalDate endsOn) {
        return Optional.ofNullable(memberships.computeIfPresent(id,
                (key, m) -> endsOn.isBefore(m.endsOn()) ? m.endOn(endsOn) : m));
    }

    @Override
    public List<Membership> endingBetween(LocalDate from, LocalDate to) {
        return memberships.values().stream().filter(m -> !m.endsOn().isBefore(from) && !m.endsOn().isAfter(to)).toList();
    }

    @Override
    public synchronized Optional<Membership> reserve(AdvisoryHoursUsage.Reserve reserve) {
        Membership current = memberships.get(reserve.membership());
        if (current == null || !reserve.allowedOn(current.advisoryHours())) {
            return Optional.empty();
        }
        return Optional.of(apply(reserve, current));
    }

    @Override
    public synchronized boolean giveBack(AdvisoryHoursUsage.GiveBack giveBack) {
        Membership current = memberships.get(giveBack.membership());
        if (current == null || !giveBack.allowedBy(advisoryLedgerOf(giveBack.membership()))) {
            return false;
        }
        apply(giveBack, current);
        return true;
    }

    private Membership apply(AdvisoryHoursUsage change, Membership current) {
        Membership changed = current.withAdvisoryHours(change.appliedTo(current.advisoryHours()));
        memberships.put(changed.id(), changed);
        advisoryLedgers.computeIfAbsent(changed.id(), id -> new ArrayList<>()).add(change.line());
        return changed;
    }

    @Override
    public synchronized List<AdvisoryLine> advisoryLedgerOf(MembershipId membership) {
        return List.copyOf(advisoryLedgers.getOrDefault(membership, List.of()));
    }
}
