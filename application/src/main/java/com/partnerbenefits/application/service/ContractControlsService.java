package com.partnerbenefits.application.service;

import com.partnerbenefits.application.access.AccessPolicy;
import com.partnerbenefits.application.port.in.BenefitContract;
import com.partnerbenefits.application.port.in.ContractHistoryQuery;
import com.partnerbenefits.application.port.in.IncidentHistoryQuery.PageRequest;
import com.partnerbenefits.application.port.in.Refusal;
import com.partnerbenefits.application.port.in.Result;
import com.partnerbenefits.application.port.in.RotateContractCredentialsUseCase;
import com.partnerbenefits.application.port.in.UnlinkSupportContractUseCase;
import com.partnerbenefits.application.port.in.Viewer;
import com.partnerbenefits.application.port.out.AccountStore;
import com.partnerbenefits.application.port.out.ContractControlStore;
import com.partnerbenefits.application.port.out.ContractHistoryStore;
import com.partnerbenefits.application.port.out.IdGenerator;
import com.partnerbenefits.application.port.out.LinkLifecycleStore;
import com.partnerbenefits.application.port.out.SupportContractStore;
import com.partnerbenefits.domain.contract.ContractCredentials;
import com.partnerbenefits.domain.contract.ContractEvent;
import com.partnerbenefits.domain.contract.SupportContract;
import com.partnerbenefits.domain.contract.SupportContractId;
import com.partnerbenefits.domain.partner.Account;
import com.partnerbenefits.domain.partner.AccountId;
import com.partnerbenefits.domain.shared.FieldViolation;
import com.partnerbenefits.domain.shared.Page;
import com.partnerbenefits.domain.shared.ViolationRule;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;

/**
 * The partner admin's controls over a contract: revoking a link, new credentials, and the history.
 *
 * <p>Rotation racing with linking, without transactions: a link is claimed as pending with the pair
 * it was made with, the contract is read again, and only then is the claim confirmed. A rotation
 * replaces the pair by a conditional update and then rejects the pending claims made with the old
 * one, before it answers. A claim confirmed before that rejection had read the old pair before the
 * rotation changed it, so it was made before the rotation (and stays, like every earlier link); a
 * claim made or read later is refused. So once a rotation has answered, the old pair links nothing.
 */
public class ContractControlsService
        implements UnlinkSupportContractUseCase, RotateContractCredentialsUseCase, ContractHistoryQuery {

    static final int ROTATION_ATTEMPTS = 5;

    private final AccessPolicy policy;
    private final SupportContractStore contracts;
    private final ContractControlStore controls;
    private final LinkLifecycleStore links;
    private final ContractHistoryStore history;
    private final AccountStore accounts;
    private final IdGenerator ids;
    private final RandomGenerator random;
    private final Clock clock;

    /** {@code random} draws the new credentials: a {@code SecureRandom} in the service. */
    public ContractControlsService(AccessPolicy policy, SupportContractStore contracts,
            ContractControlStore controls, LinkLifecycleStore links, ContractHistoryStore history, AccountStore accounts,
            IdGenerator ids, RandomGenerator random, Clock clock) {
        this.history = history;
        this.policy = policy;
        this.contracts = contracts;
        this.controls = controls;
        this.links = links;
        this.accounts = accounts;
        this.ids = ids;
        this.random = random;
        this.clock = clock;
    }

    @Override
    public Result<BenefitContract, UnlinkSupportContractUseCase.Reason> unlink(Viewer viewer, SupportContractId contractId, AccountId linked) {
        Optional<SupportContractStore.WithMembership> contract = contracts.findWithMembership(contractId);
        if (contract.isEmpty()) {
            return Result.refused(Refusal.notFound("contractId"));
        }
        if (!policy.mayUnlink(viewer, contract.get().contract(), linked)) {
            return Result.refused(UnlinkSupportContractUseCase.Reason.NOT_AUTHORIZED);
        }
        ContractEvent unlinked = ContractEvent.unlinked(ids.newId(), viewer.account().id(), linked, clock.instant());
        if (links.unlink(contractId, linked, unlinked).isEmpty()) {
            return Result.refused(Refusal.notFound(FieldViolation.of("accountId", ViolationRule.NOT_LINKED)));
        }
        return Result.succeeded(asOfToday(viewer, contract.get()));
    }

    @Override
    public Result<BenefitContract, RotateContractCredentialsUseCase.Reason> rotate(Viewer viewer, SupportContractId contractId) {
        for (int attempt = 0; attempt < ROTATION_ATTEMPTS; attempt++) {
            Optional<SupportContract> contract = contracts.findContract(contractId);
            if (contract.isEmpty()) {
                return Result.refused(Refusal.notFound("contractId"));
            }
            if (!policy.mayControlContract(viewer, contract.get())) {
                return Result.refused(RotateContractCredentialsUseCase.Reason.NOT_AUTHORIZED);
            }
            SupportContract current = contract.get();
            ContractCredentials fresh = ContractCredentials.random(random);
            ContractEvent rotated = ContractEvent.credentialsRotated(ids.newId(), viewer.account().id(), clock.instant());
            // Fails when another rotation won meanwhile, or on a random collision: either way, read and draw again.
            if (controls.rotateCredentials(contractId, current.accessId(), fresh, rotated)) {
                links.rejectPending(contractId, current.accessId());
                return Result.succeeded(asOfToday(viewer, contracts.findWithMembership(contractId).orElseThrow()));
            }
        }
        return Result.refused(Refusal.conflict(RotateContractCredentialsUseCase.Reason.CONFLICT, clock.instant()));
    }

    @Override
    public Map<SupportContractId, Result<Optional<Account>, ContractHistoryQuery.Reason>> activatedBy(Viewer viewer, Set<SupportContractId> ids) {
        Map<SupportContractId, SupportContract> found = contracts.findContracts(ids);
        List<SupportContractId> allowed = found.values().stream().filter(contract -> policy.maySeeContractHistory(viewer, contract))
                .map(SupportContract::id).toList();
        Map<SupportContractId, AccountId> activators = allowed.isEmpty() ? Map.of() : controls.activatedBy(allowed);
        Map<AccountId, Account> named = activators.isEmpty() ? Map.of() : accounts.findAccounts(activators.values());
        Map<SupportContractId, Result<Optional<Account>, ContractHistoryQuery.Reason>> answer = new HashMap<>();
        for (SupportContractId id : ids) {
            answer.put(id, allowed.contains(id)
                    ? Result.succeeded(Optional.ofNullable(activators.get(id)).map(named::get).map(a -> policy.shownTo(viewer, a)))
                    : Result.refused(ContractHistoryQuery.Reason.NOT_AUTHORIZED));
        }
        return answer;
    }

    @Override
    public Result<Page<HistoryLine>, ContractHistoryQuery.Reason> history(Viewer viewer, SupportContractId contractId, PageRequest<EventCursor> page) {
        Optional<SupportContract> contract = contracts.findContract(contractId);
        if (contract.isEmpty() || !policy.maySeeContractHistory(viewer, contract.get())) {
            return Result.refused(ContractHistoryQuery.Reason.NOT_AUTHORIZED);
        }
        Page<ContractEvent> read = history.history(contractId, page.first(),
                page.after().map(cursor -> new ContractHistoryStore.Place(cursor.at(), cursor.key())));
        List<ContractEvent> shown = read.items();
        Map<AccountId, Account> named = accounts.findAccounts(shown.stream()
                .flatMap(event -> Stream.concat(event.actor().stream(), event.account().stream())).distinct().toList());
        List<HistoryLine> lines = new ArrayList<>();
        for (ContractEvent event : shown) {
            lines.add(new HistoryLine(event, event.actor().map(named::get).map(a -> policy.shownTo(viewer, a)),
                    event.account().map(named::get).map(a -> policy.shownTo(viewer, a))));
        }
        return Result.succeeded(new Page<>(lines, read.hasNext(), read.totalCount()));
    }

    private BenefitContract asOfToday(Viewer viewer, SupportContractStore.WithMembership read) {
        return policy.contractAsReadBy(viewer, LocalDate.now(clock), read.contract(), read.membership());
    }
}
