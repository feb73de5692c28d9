package com.partnerbenefits.application.service;

import com.partnerbenefits.application.access.AccessPolicy;
import com.partnerbenefits.application.port.in.IncidentHistoryQuery;
import com.partnerbenefits.application.port.in.Refusal;
import com.partnerbenefits.application.port.in.Result;
import com.partnerbenefits.application.port.in.Viewer;
import com.partnerbenefits.application.port.out.AccountStore;
import com.partnerbenefits.application.port.out.IncidentStore;
import com.partnerbenefits.domain.incident.IncidentCursor;
import com.partnerbenefits.domain.incident.IncidentPage;
import com.partnerbenefits.application.port.out.SupportContractStore;
import com.partnerbenefits.domain.contract.SupportContract;
import com.partnerbenefits.domain.contract.SupportContractId;
import com.partnerbenefits.domain.incident.Incident;
import com.partnerbenefits.domain.incident.IncidentId;
import com.partnerbenefits.domain.incident.UsageEntry;
import com.partnerbenefits.domain.partner.Account;
import com.partnerbenefits.domain.partner.AccountId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

public class IncidentHistoryService implements IncidentHistoryQuery {

    private final AccessPolicy policy;
    private final IncidentStore incidents;
    private final SupportContractStore contracts;
    private final AccountStore accounts;

    public IncidentHistoryService(AccessPolicy policy, IncidentStore incidents, SupportContractStore contracts,
            AccountStore accounts) {
        this.policy = policy;
        this.incidents = incidents;
        this.contracts = contracts;
        this.accounts = accounts;
    }

    @Override
    public Result<IncidentPage, IncidentHistoryQuery.Reason> incidentsOf(Viewer viewer, SupportContractId contract, PageRequest<IncidentCursor> page) {
        Optional<SupportContract> visible = contracts.findContract(contract).filter(c -> policy.maySeeContract(viewer, c));
        if (visible.isEmpty()) {
            return Result.refused(Refusal.notFound("contractId"));
        }
        return Result.succeeded(policy.maySeeAllIncidentsOf(viewer, visible.get())
                ? incidents.incidentsOf(contract, page.first(), page.after())
                : incidents.incidentsOf(contract, viewer.account().id(), page.first(), page.after()));
    }

    @Override
    public Map<SupportContractId, Result<IncidentPage, IncidentHistoryQuery.Reason>> latestIncidentsOf(Viewer viewer, Set<SupportContractId> ids, int first) {
        Map<SupportContractId, SupportContract> found = contracts.findContracts(ids);
        List<SupportContractId> visible = found.values().stream().filter(c -> policy.maySeeAllIncidentsOf(viewer, c))
                .map(SupportContract::id).toList();
        Map<SupportContractId, IncidentPage> pages = new HashMap<>(visible.isEmpty() ? Map.of() : incidents.latestIncidentsOf(visible, first));
        // Outside the partner, a linked account's own incidents: one query per contract, and it links few.
        found.values().stream().filter(c -> !visible.contains(c.id()) && policy.maySeeContract(viewer, c))
                .forEach(c -> pages.put(c.id(), incidents.incidentsOf(c.id(), viewer.account().id(), first, Optional.empty())));
        Map<SupportContractId, Result<IncidentPage, IncidentHistoryQuery.Reason>> answer = new HashMap<>();
        for (SupportContractId id : ids) {
            answer.put(id, pages.containsKey(id) ? Result.succeeded(pages.get(id))
                    : Result.refused(Refusal.notFound("contractId")));
        }
        return answer;
    }

    @Override
    public IncidentPage incidentsRaisedBy(Viewer viewer, PageRequest<IncidentCursor> page) {
        return incidents.incidentsRaisedBy(viewer.account().id(), page.first(), page.after());
    }

    @Override
    public Optional<Incident> findIncident(Viewer viewer, IncidentId id) {
        return incidents.findIncident(id).filter(incident -> policy.maySeeIncident(viewer, incident, contracts::findContract));
    }

    /** The ledger is short (one line per consumption or refund), so it is paged in memory, newest first. */
    @Override
    public Result<UsagePage, IncidentHistoryQuery.Reason> usageOf(Viewer viewer, SupportContractId id, PageRequest<Long> page) {
        Optional<SupportContract> contract = contracts.findContract(id);
        if (contract.isEmpty()) {
            return Result.refused(Refusal.notFound("contractId"));
        }
        if (!policy.maySeeUsageOf(viewer, contract.get())) {
            // a linked account sees the contract but not who else used it; anyone else sees nothing
            return policy.maySeeContract(viewer, contract.get()) ? Result.refused(IncidentHistoryQuery.Reason.NOT_AUTHORIZED)
                    : Result.refused(Refusal.notFound("contractId"));
        }
        List<UsageEntry> ledger = contracts.usageOf(id);
        long before = page.after().map(number -> Math.min(number - 1, ledger.size())).orElse((long) ledger.size());
        List<UsageEntry> shown = new ArrayList<>();
        for (long number = before; number >= 1 && shown.size() < page.first(); number--) {
            shown.add(ledger.get((int) number - 1));
        }
        Map<AccountId, Account> named = accounts.findAccounts(shown.stream().map(UsageEntry::account).distinct().toList());
        List<NumberedUsage> items = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            items.add(new NumberedUsage(before - i, shown.get(i), Optional.ofNullable(named.get(shown.get(i).account())).map(a -> policy.shownTo(viewer, a))));
        }
        boolean hasNext = !items.isEmpty() && items.get(items.size() - 1).number() > 1;
        return Result.succeeded(new UsagePage(items, hasNext, ledger.size()));
    }
}
