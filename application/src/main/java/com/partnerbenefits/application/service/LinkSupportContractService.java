package com.partnerbenefits.application.service;

import com.partnerbenefits.application.port.in.BenefitContract;
import com.partnerbenefits.application.port.in.LinkSupportContractUseCase;
import com.partnerbenefits.application.port.in.Refusal;
import com.partnerbenefits.application.port.in.RefusalCode;
import com.partnerbenefits.application.port.in.Result;
import com.partnerbenefits.application.port.in.Viewer;
import com.partnerbenefits.application.port.out.ContractLinkStore;
import com.partnerbenefits.application.port.out.LinkAttemptStore;
import com.partnerbenefits.application.port.out.MembershipStore;
import com.partnerbenefits.application.port.out.SupportContractStore;
import com.partnerbenefits.domain.contract.AttemptWindow;
import com.partnerbenefits.domain.contract.ContractLink;
import com.partnerbenefits.domain.contract.ContractStatus;
import com.partnerbenefits.domain.contract.SupportContract;
import com.partnerbenefits.domain.partner.AccountId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Linking: the attempt is counted before the credentials are looked at and given back when they are
 * right, so wrong guesses are limited however many arrive at once, and a refused attempt learns
 * nothing about the credentials it carried.
 */
public class LinkSupportContractService implements LinkSupportContractUseCase {

    private final SupportContractStore contracts;
    private final MembershipStore memberships;
    private final ContractLinkStore links;
    private final LinkAttemptStore attempts;
    private final AttemptWindow window;
    private final Clock clock;

    public LinkSupportContractService(SupportContractStore contracts, MembershipStore memberships, ContractLinkStore links,
            LinkAttemptStore attempts, AttemptWindow window, Clock clock) {
        this.contracts = contracts;
        this.memberships = memberships;
        this.links = links;
        this.attempts = attempts;
        this.window = window;
        this.clock = clock;
    }

    @Override
    public Result<Linked> link(Viewer viewer, Command command) {
        AccountId account = viewer.account().id();
        Instant now = clock.instant();
        LinkAttemptStore.Reservation attempt = attempts.reserve(account, now, window);
        if (!attempt.granted()) {
            return Result.refused(Refusal.of(RefusalCode.TOO_MANY_ATTEMPTS, window.endOf(attempt.windowStart())));
        }
        Optional<SupportContract> presented = contracts.findByAccessId(command.accessId())
                .filter(contract -> contract.hasContractId(command.contractId()));
        if (presented.isEmpty()) {
            return Result.refused(RefusalCode.INVALID_CONTRACT_CREDENTIALS);
        }
        attempts.release(account, attempt.windowStart());
        SupportContract contract = presented.get();
        BenefitContract current = new BenefitContract(contract,
                memberships.findMembership(contract.benefitId().membershipId()).orElseThrow());
        ContractStatus status = current.statusOn(LocalDate.ofInstant(now, clock.getZone()));
        if (status == ContractStatus.EXPIRED) {
            return Result.refused(RefusalCode.CONTRACT_EXPIRED);
        }
        if (status == ContractStatus.EXHAUSTED) {
            return Result.refused(RefusalCode.CONTRACT_EXHAUSTED);
        }
        if (links.addIfNew(new ContractLink(contract.id(), account, now))) {
            return Result.succeeded(new Linked(current, now, false));
        }
        ContractLink existing = links.findLink(contract.id(), account).orElseThrow();
        return Result.succeeded(new Linked(current, existing.linkedAt(), true));
    }
}
