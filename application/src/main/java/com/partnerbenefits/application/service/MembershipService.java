package com.partnerbenefits.application.service;

import com.partnerbenefits.application.access.AccessPolicy;
import com.partnerbenefits.application.port.in.EndMembershipUseCase;
import com.partnerbenefits.application.port.in.GrantMembershipUseCase;
import com.partnerbenefits.application.port.in.MembershipStanding;
import com.partnerbenefits.application.port.in.Refusal;
import com.partnerbenefits.application.port.in.Result;
import com.partnerbenefits.application.port.in.Viewer;
import com.partnerbenefits.application.port.out.IdGenerator;
import com.partnerbenefits.application.port.out.MembershipStore;
import com.partnerbenefits.application.port.out.PartnerStore;
import com.partnerbenefits.domain.membership.Membership;
import com.partnerbenefits.domain.membership.MembershipId;
import com.partnerbenefits.domain.shared.InvalidInputException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/** Granting and ending memberships: the back office's hold on what a partner is entitled to. */
public class MembershipService implements GrantMembershipUseCase, EndMembershipUseCase {

    private final AccessPolicy policy;
    private final MembershipStore memberships;
    private final PartnerStore partners;
    private final IdGenerator ids;
    private final Clock clock;

    public MembershipService(AccessPolicy policy, MembershipStore memberships, PartnerStore partners, IdGenerator ids,
            Clock clock) {
        this.policy = policy;
        this.memberships = memberships;
        this.partners = partners;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public Result<MembershipStanding, GrantMembershipUseCase.Reason> grantMembership(Viewer viewer, GrantMembershipUseCase.Command command) {
        if (!policy.mayOperate(viewer)) {
            return Result.refused(GrantMembershipUseCase.Reason.NOT_AUTHORIZED);
        }
        if (partners.findPartner(command.partnerId()).isEmpty()) {
            return Result.refused(Refusal.notFound("partnerId"));
        }
        Membership membership = new Membership(new MembershipId(ids.newId()), command.partnerId(), command.offer(),
                command.competencyArea(), command.startsOn(), command.endsOn()).withAdvisoryHours(command.advisoryHours());
        memberships.addMembership(membership);
        return Result.succeeded(standing(membership));
    }

    @Override
    public Result<MembershipStanding, EndMembershipUseCase.Reason> endMembership(Viewer viewer, EndMembershipUseCase.Command command) {
        if (!policy.mayOperate(viewer)) {
            return Result.refused(EndMembershipUseCase.Reason.NOT_AUTHORIZED);
        }
        Optional<Membership> current = memberships.findMembership(command.membershipId());
        if (current.isEmpty()) {
            return Result.refused(Refusal.notFound("membershipId"));
        }
        try {
            Membership ended = current.get().endOn(command.endsOn());
            if (ended.endsOn().equals(current.get().endsOn())) {
                return Result.succeeded(standing(ended));
            }
            return memberships.moveEndEarlier(ended.id(), ended.endsOn())
                    .<Result<MembershipStanding, EndMembershipUseCase.Reason>>map(moved -> Result.succeeded(standing(moved)))
                    .orElseGet(() -> Result.refused(Refusal.notFound("membershipId")));
        } catch (InvalidInputException e) {
            return new Result.Refused<>(Refusal.invalid(e.violations()));
        }
    }

    private MembershipStanding standing(Membership membership) {
        return MembershipStanding.asOf(LocalDate.now(clock), membership);
    }
}
