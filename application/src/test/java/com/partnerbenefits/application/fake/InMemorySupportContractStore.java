package com.partnerbenefits.application.fake;

import com.partnerbenefits.application.port.out.ContractControlStore;
import com.partnerbenefits.domain.contract.ContractCredentials;
import com.partnerbenefits.domain.contract.ContractEvent;
import com.partnerbenefits.domain.partner.AccountId;

import com.partnerbenefits.application.port.out.MembershipStore;
import com.partnerbenefits.application.port.out.SupportContractStore;
import com.partnerbenefits.domain.benefit.TechnicalBenefitId;
import com.partnerbenefits.domain.contract.AccessId;
import com.partnerbenefits.domain.contract.SupportContract;
import com.partnerbenefits.domain.contract.SupportContractId;
import com.partnerbenefits.domain.incident.IncidentId;
import com.partnerbenefits.domain.incident.IncidentUsage;
import com.partnerbenefits.domain.incident.UsageEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Contracts and their ledgers in memory. Like the store, unique on benefit, Access ID and Contract ID,
 * and a take or give-back happens only when the domain's condition holds, tested and applied under
 * one lock (the store's single-document update).
 */
public class InMemorySupportContractStore implements SupportContractStore, ContractControlStore {

    private final Map<SupportContractId, SupportContract> contracts = new HashMap<>();
    private final Map<SupportContractId, List<UsageEntry>> ledgers = new HashMap<>();
    private boolean failGiveBacks;
    private final MembershipStore memberships;

    private final InMemoryContractHistoryStore history;

    public InMemorySupportContractStore(MembershipStore memberships, InMemoryContractHistoryStore history) {
        this.memberships = memberships;
        this.history = history;
    }

    @Override
    public Optional<WithMembership> findWithMembership(SupportContractId id) {
        return findContract(id).map(contract -> new WithMembership(contract,
                memberships.findMembership(contract.benefitId().membershipId()).orElseThrow()));
    }

    @Override
    public synchronized boolean addIfUnique(SupportContract contract) {
        boolean taken = contracts.values().stream().anyMatch(c -> c.benefitId().equals(contract.benefitId())
                || c.accessId().equals(contract.accessId()) || c.contractId().equals(contract.contractId()));
        if (!taken) {
            contracts.put(contract.id(), contract);
        }
        return !taken;
    }

    @Override
    public synchronized Optional<SupportContract> findByBenefit(TechnicalBenefitId benefit) {
        return contracts.values().stream().filter(c -> c.benefitId().equals(benefit)).findFirst();
    }

    @Override
    public synchronized Map<TechnicalBenefitId, SupportContract> contractsOf(Collection<TechnicalBenefitId> benefits) {
        return contracts.values().stream().filter(c -> benefits.contains(c.benefitId()))
                .collect(Collectors.toMap(SupportContract::benefitId, c -> c));
    }

    @Override
    public synchronized Optional<SupportContract> findContract(SupportContractId id) {
        return Optional.ofNullable(contracts.get(id));
    }

    @Override
    public synchronized Optional<SupportContract> findByAccessId(AccessId accessId) {
        return contracts.values().stream().filter(c -> c.accessId().equals(accessId)).findFirst();
    }

    @Override
    public synchronized Map<SupportContractId, SupportContract> findContracts(Collection<SupportContractId> ids) {
        return ids.stream().distinct().filter(contracts::containsKey).collect(Collectors.toMap(id -> id, contracts::get));
    }

    @Override
    public synchronized Optional<SupportContract> take(IncidentUsage.Take take) {
        SupportContract current = contracts.get(take.contract());
        if (current == null || !take.allowedOn(current)) {
            return Optional.empty();
        }
        return Optional.of(apply(take, current));
    }

    @Override
    public synchronized boolean giveBack(IncidentUsage.GiveBack giveBack) {
        if (failGiveBacks) {
            throw new IllegalStateException("store down");
        }
        SupportContract current = contracts.get(giveBack.contract());
        if (current == null || !giveBack.allowedBy(ledger(giveBack.contract()))) {
            return false;
        }
        apply(giveBack, current);
        return true;
    }

    private SupportContract apply(IncidentUsage change, SupportContract current) {
        SupportContract changed = change.appliedTo(current);
        contracts.put(changed.id(), changed);
        ledgers.computeIfAbsent(changed.id(), id -> new ArrayList<>()).add(change.line());
        return changed;
    }

    /** The fake's incident pages are computed from its incidents: nothing to keep here. */
    @Override
    public void noteRaised(SupportContractId id, IncidentId incident) {
    }

    @Override
    public synchronized List<UsageEntry> usageOf(SupportContractId id) {
        return ledger(id);
    }

    @Override
    public synchronized Map<SupportContractId, List<UsageEntry>> ledgersWrittenSince(Instant since) {
        Map<SupportContractId, List<UsageEntry>> written = new HashMap<>();
        ledgers.forEach((id, ledger) -> {
            if (ledger.stream().anyMatch(line -> !line.at().isBefore(since))) {
                written.put(id, List.copyOf(ledger));
            }
        });
        return written;
    }

    private List<UsageEntry> ledger(SupportContractId id) {
        return List.copyOf(ledgers.getOrDefault(id, List.of()));
    }

    /** Test hook: give-backs fail, as when the store goes away between taking an incident and giving it back. */
    public synchronized void failGiveBacks(boolean fail) {
        failGiveBacks = fail;
    }

    /** Test hook: what earlier incidents would have done to a contract's count. */
    public synchronized void setRemaining(SupportContractId id, int remaining) {
        contracts.put(id, contracts.get(id).withIncidentsRemaining(remaining));
    }

    // --- the partner admin's controls: who activated, credential rotations and their history ---

    private final Map<SupportContractId, AccountId> activators = new HashMap<>();

    @Override
    public synchronized boolean addActivated(SupportContract contract, AccountId activatedBy) {
        if (!addIfUnique(contract)) {
            return false;
        }
        activators.put(contract.id(), activatedBy);
        history.record(contract.id(), ContractEvent.activated(contract.id(), contract.activatedAt(), Optional.of(activatedBy)));
        return true;
    }

    @Override
    public synchronized boolean rotateCredentials(SupportContractId id, AccessId current, ContractCredentials fresh,
            ContractEvent rotated) {
        SupportContract c = contracts.get(id);
        boolean taken = contracts.values().stream().anyMatch(other -> other.accessId().equals(fresh.accessId())
                || other.contractId().equals(fresh.contractId()));
        if (c == null || !c.accessId().equals(current) || taken) {
            return false;
        }
        contracts.put(id, new SupportContract(c.id(), c.benefitId(), c.partnerId(), fresh.accessId(), fresh.contractId(),
                c.allowance(), c.incidentsRemaining(), c.activatedAt()));
        history.record(id, rotated);
        return true;
    }

    @Override
    public synchronized Map<SupportContractId, AccountId> activatedBy(Collection<SupportContractId> ids) {
        Map<SupportContractId, AccountId> answer = new HashMap<>();
        ids.stream().filter(activators::containsKey).forEach(id -> answer.put(id, activators.get(id)));
        return answer;
    }
}
