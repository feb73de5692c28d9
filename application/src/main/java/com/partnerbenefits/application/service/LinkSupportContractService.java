package com.partnerbenefits.application.service;

import com.partnerbenefits.application.access.AccessPolicy;
import com.partnerbenefits.application.port.in.BenefitContract;
import com.partnerbenefits.application.port.in.LinkSupportContractUseCase;
import com.partnerbenefits.application.port.in.Result;
import com.partnerbenefits.application.port.in.UnavailabilityAnswers;
import com.partnerbenefits.application.port.in.Viewer;
import com.partnerbenefits.application.port.out.ContractLinkStore;
import com.partnerbenefits.application.port.out.IdGenerator;
import com.partnerbenefits.application.port.out.LinkAttemptStore;
import com.partnerbenefits.application.port.out.LinkLifecycleStore;
import com.partnerbenefits.application.port.out.MembershipStore;
import com.partnerbenefits.application.port.out.SupportContractStore;
import com.partnerbenefits.domain.contract.AttemptWindow;
import com.partnerbenefits.domain.contract.ContractEvent;
import com.partnerbenefits.domain.contract.ContractLink;
import com.partnerbenefits.domain.contract.Coverage;
import com.partnerbenefits.domain.contract.SupportContract;
import com.partnerbenefits.domain.contract.UnavailabilityReason;
import com.partnerbenefits.domain.partner.AccountId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Linking. An account whose window of failed attempts is full is refused before its credentials are
 * looked at, so a refused attempt learns nothing about them. Failures are counted after the check:
 * right pairs never count, and one account's concurrent requests are all served (a burst of wrong
 * ones can overshoot the limit by the burst's size, against 122 bits of Access ID).
 *
 * <p>A new link is claimed as pending, the contract read again, and the claim confirmed only if the
 * pair presented is still the contract's: a credential rotation answering meanwhile rejects the claim
 * (see {@link ContractControlsService}), so an old pair never links after the rotation answered.
 */
public class LinkSupportContractService implements LinkSupportContractUseCase {

    private final AccessPolicy policy;
    private final SupportContractStore contracts;
    private final MembershipStore memberships;
    private final ContractLinkStore links;
    private final LinkLifecycleStore lifecycle;
    private final IdGenerator ids;
    private final LinkAttemptStore attempts;
    private final AttemptWindow window;
    private final Clock clock;

    public LinkSupportContractService(AccessPolicy policy, SupportContractStore contracts, MembershipStore memberships, ContractLinkStore links,
            LinkLifecycleStore lifecycle, IdGenerator ids, LinkAttemptStore attempts, AttemptWindow window, Clock clock) {
        this.policy = policy;
        this.contracts = contracts;
        this.memberships = memberships;
        this.links = links;
        this.lifecycle = lifecycle;
        this.ids = ids;
        this.attempts = attempts;
        this.window = window;
        this.clock = clock;
    }

    @Override
    public Result<Linked, LinkSupportContractUseCase.Reason> link(Viewer viewer, Command command) {
        if (!policy.mayLinkContracts(viewer)) {
            return Result.refused(LinkSupportContractUseCase.Reason.NOT_AUTHORIZED); // support engineers see credentials, and use none
        }
        AccountId account = viewer.account().id();
        Instant now = clock.instant();
        Optional<Instant> full = attempts.fullWindowStart(account, now, window);
        if (full.isPresent()) {
            return Result.refused(LinkSupportContractUseCase.Reason.TOO_MANY_ATTEMPTS, window.endOf(full.get()));
        }
        Optional<SupportContract> presented = contracts.findByAccessId(command.accessId())
                .filter(contract -> contract.hasContractId(command.contractId()));
        if (presented.isEmpty()) {
            attempts.recordFailure(account, now, window);
            return Result.refused(LinkSupportContractUseCase.Reason.INVALID_CONTRACT_CREDENTIALS);
        }
        SupportContract contract = presented.get();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        BenefitContract current = policy.contractAsReadBy(viewer, today, contract,
                memberships.findMembership(contract.benefitId().membershipId()).orElseThrow());
        List<UnavailabilityReason> reasons = Coverage.reasonsItCannotBeUsed(contract, current.endsOn(), today);
        if (!reasons.isEmpty()) {
            return Result.refused(UnavailabilityAnswers.whenLinking(reasons.get(0)));
        }
        if (lifecycle.claim(new ContractLink(contract.id(), account, now), command.accessId())) {
            boolean stillCurrent = contracts.findContract(contract.id())
                    .filter(read -> read.accessId().equals(command.accessId())).isPresent();
            if (!stillCurrent) {
                lifecycle.rejectPending(contract.id(), command.accessId());
                return Result.refused(LinkSupportContractUseCase.Reason.INVALID_CONTRACT_CREDENTIALS);
            }
            if (lifecycle.confirm(contract.id(), account, command.accessId(),
                    ContractEvent.linked(ids.newId(), account, now))) {
                return Result.succeeded(new Linked(current, now, false));
            }
        }
        // In force already (maybe confirmed by a concurrent request of the same account), or rejected by a rotation.
        return links.findLink(contract.id(), account)
                .<Result<Linked, LinkSupportContractUseCase.Reason>>map(existing -> Result.succeeded(new Linked(current, existing.linkedAt(), true)))
                .orElseGet(() -> Result.refused(LinkSupportContractUseCase.Reason.INVALID_CONTRACT_CREDENTIALS));
    }
}
