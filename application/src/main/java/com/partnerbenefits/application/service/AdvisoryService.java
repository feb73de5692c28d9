package com.partnerbenefits.application.service;

import com.partnerbenefits.application.access.AccessPolicy;
import com.partnerbenefits.application.port.in.AdvisoriesQuery;
import com.partnerbenefits.application.port.in.IncidentHistoryQuery.PageRequest;
import com.partnerbenefits.application.port.in.Refusal;
import com.partnerbenefits.application.port.in.RequestAdvisoryUseCase;
import com.partnerbenefits.application.port.in.Result;
import com.partnerbenefits.application.port.in.SettleAdvisoryUseCase;
import com.partnerbenefits.application.port.in.Viewer;
import com.partnerbenefits.application.port.out.AdvisoryHoursStore;
import com.partnerbenefits.application.port.out.AdvisoryStore;
import com.partnerbenefits.application.port.out.IdGenerator;
import com.partnerbenefits.application.port.out.MembershipStore;
import com.partnerbenefits.domain.advisory.Advisory;
import com.partnerbenefits.domain.advisory.AdvisoryHoursUsage;
import com.partnerbenefits.domain.advisory.AdvisoryLine;
import com.partnerbenefits.domain.membership.Membership;
import com.partnerbenefits.domain.membership.MembershipId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Advisory hours without transactions, as {@code IncidentService} does incidents: the hours are reserved
 * by one conditional update of the membership that also writes the ledger line, before the advisory is
 * stored; if it then cannot be stored (a failure, or a concurrent request with the same key won) they
 * are given back, once. A settlement changes the advisory's status first (one update conditional on
 * REQUESTED, so a completion and a withdrawal racing settle once), then gives back what it did not
 * use, once; one cut short between the two is finished by repeating it (answered ADVISORY_SETTLED).
 */
public class AdvisoryService implements RequestAdvisoryUseCase, SettleAdvisoryUseCase, AdvisoriesQuery {

    private static final String ADVISORY_ID = "advisoryId";
    private static final String MEMBERSHIP_ID = "membershipId";

    private final AccessPolicy policy;
    private final MembershipStore memberships;
    private final AdvisoryHoursStore hours;
    private final AdvisoryStore advisories;
    private final IdGenerator ids;
    private final Clock clock;

    public AdvisoryService(AccessPolicy policy, MembershipStore memberships, AdvisoryHoursStore hours, AdvisoryStore advisories,
            IdGenerator ids, Clock clock) {
        this.policy = policy;
        this.memberships = memberships;
        this.hours = hours;
        this.advisories = advisories;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public Result<Advised, RequestAdvisoryUseCase.Reason> request(Viewer viewer, Command command) {
        if (!policy.mayActForItsAccount(viewer)) {
            return Result.refused(RequestAdvisoryUseCase.Reason.NOT_AUTHORIZED);
        }
        Optional<Membership> membership = memberships.findMembership(command.membership())
                .filter(m -> policy.maySeeBenefitsOf(viewer, m.partnerId()));
        if (membership.isEmpty()) {
            return Result.refused(Refusal.notFound(MEMBERSHIP_ID));
        }
        Advisory advisory = Advisory.request(ids.newId(), command.membership(), viewer.account().id(), command.request(),
                clock.instant());
        Optional<Advisory> earlier = advisories.findByKey(advisory.requestedBy(), advisory.idempotencyKey());
        if (earlier.isPresent()) {
            return replay(earlier.get(), advisory);
        }
        if (!policy.mayRequestAdvisoryFor(viewer, membership.get().partnerId())) {
            return Result.refused(RequestAdvisoryUseCase.Reason.NOT_AUTHORIZED);
        }
        if (!membership.get().isActiveOn(LocalDate.now(clock))) {
            return Result.refused(RequestAdvisoryUseCase.Reason.MEMBERSHIP_NOT_ACTIVE);
        }
        Optional<Membership> reserved = hours.reserve(AdvisoryHoursUsage.reserve(advisory));
        if (reserved.isEmpty()) {
            return Result.refused(RequestAdvisoryUseCase.Reason.NO_HOURS_REMAINING, membership.get().advisoryHours().remaining());
        }
        if (store(advisory)) {
            return Result.succeeded(new Advised(advisory, reserved.get()));
        }
        return replay(advisories.findByKey(advisory.requestedBy(), advisory.idempotencyKey()).orElseThrow(), advisory);
    }

    /** Stores the advisory, giving its hours back when it is not stored (and rethrowing a failure). */
    private boolean store(Advisory advisory) {
        boolean stored;
        try {
            stored = advisories.addIfKeyFree(advisory);
        } catch (RuntimeException failure) {
            hours.giveBack(AdvisoryHoursUsage.notStored(advisory, clock.instant()));
            throw failure;
        }
        if (!stored) {
            hours.giveBack(AdvisoryHoursUsage.notStored(advisory, clock.instant()));
        }
        return stored;
    }

    private Result<Advised, RequestAdvisoryUseCase.Reason> replay(Advisory earlier, Advisory asked) {
        if (!earlier.replays(asked)) {
            return Result.refused(RequestAdvisoryUseCase.Reason.IDEMPOTENCY_KEY_REUSED);
        }
        return Result.succeeded(new Advised(earlier, memberships.findMembership(earlier.membership()).orElseThrow()));
    }

    @Override
    public Result<Advised, SettleAdvisoryUseCase.Reason> complete(Viewer viewer, String advisoryId, double hoursUsed) {
        if (!policy.mayCompleteAdvisories(viewer)) {
            return Result.refused(SettleAdvisoryUseCase.Reason.NOT_AUTHORIZED);
        }
        Optional<Advisory> advisory = advisories.findAdvisory(advisoryId);
        if (advisory.isEmpty()) {
            return Result.refused(Refusal.notFound(ADVISORY_ID));
        }
        return settle(viewer, advisory.get(), advisory.get().complete(hoursUsed, clock.instant()));
    }

    @Override
    public Result<Advised, SettleAdvisoryUseCase.Reason> withdraw(Viewer viewer, String advisoryId) {
        Optional<Advisory> advisory = advisories.findAdvisory(advisoryId);
        Optional<Membership> membership = advisory.flatMap(a -> memberships.findMembership(a.membership()));
        if (membership.isEmpty() || !(policy.maySeeBenefitsOf(viewer, membership.get().partnerId())
                || advisory.get().requestedBy().equals(viewer.account().id()))) {
            return Result.refused(Refusal.notFound(ADVISORY_ID));
        }
        if (!policy.mayWithdraw(viewer, advisory.get(), membership.get().partnerId())) {
            return Result.refused(SettleAdvisoryUseCase.Reason.NOT_AUTHORIZED);
        }
        return settle(viewer, advisory.get(), advisory.get().withdraw(clock.instant()));
    }

    private Result<Advised, SettleAdvisoryUseCase.Reason> settle(Viewer viewer, Advisory current, Optional<Advisory> settled) {
        if (settled.isEmpty() || !advisories.settleIfRequested(settled.get())) {
            advisories.findAdvisory(current.id()).filter(a -> a.status() != Advisory.Status.REQUESTED)
                    .ifPresent(won -> hours.giveBack(AdvisoryHoursUsage.settle(won, won.requestedBy())));
            return Result.refused(SettleAdvisoryUseCase.Reason.ADVISORY_SETTLED);
        }
        hours.giveBack(AdvisoryHoursUsage.settle(settled.get(), viewer.account().id()));
        return Result.succeeded(new Advised(settled.get(), memberships.findMembership(current.membership()).orElseThrow()));
    }

    @Override
    public Result<AdvisoryPage, AdvisoriesQuery.Reason> advisoriesOf(Viewer viewer, MembershipId membership,
            PageRequest<Advisory.Cursor> page) {
        Optional<Membership> visible = memberships.findMembership(membership).filter(m -> policy.maySeeBenefitsOf(viewer, m.partnerId()));
        if (visible.isEmpty()) {
            return Result.refused(Refusal.notFound(MEMBERSHIP_ID));
        }
        List<Advisory> found = advisories.advisoriesOf(membership, page.after(), page.first() + 1);
        Map<String, List<AdvisoryLine>> ledger = hours.advisoryLedgerOf(membership).stream()
                .collect(Collectors.groupingBy(AdvisoryLine::advisory));
        List<AdvisoryEntry> items = found.stream().limit(page.first())
                .map(advisory -> new AdvisoryEntry(advisory, ledger.getOrDefault(advisory.id(), List.of()))).toList();
        return Result.succeeded(new AdvisoryPage(items, found.size() > page.first(), advisories.countOf(membership)));
    }
}
