package com.partnerbenefits.application.service;

import com.partnerbenefits.application.access.AccessPolicy;
import com.partnerbenefits.application.port.in.ContractPartiesQuery;
import com.partnerbenefits.application.port.in.Viewer;
import com.partnerbenefits.application.port.out.AccountStore;
import com.partnerbenefits.application.port.out.IncidentStore;
import com.partnerbenefits.application.port.out.PartnerStore;
import com.partnerbenefits.application.port.out.SupportContractStore;
import com.partnerbenefits.domain.contract.SupportContract;
import com.partnerbenefits.domain.contract.SupportContractId;
import com.partnerbenefits.domain.incident.Incident;
import com.partnerbenefits.domain.incident.IncidentId;
import com.partnerbenefits.domain.partner.Account;
import com.partnerbenefits.domain.partner.AccountId;
import com.partnerbenefits.domain.partner.PartnerId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A page names few partners (one read each); its raisers take three round trips however many incidents it shows. */
public class ContractPartiesService implements ContractPartiesQuery {

    private final AccessPolicy policy;
    private final PartnerStore partners;
    private final IncidentStore incidents;
    private final SupportContractStore contracts;
    private final AccountStore accounts;

    public ContractPartiesService(AccessPolicy policy, PartnerStore partners, IncidentStore incidents,
            SupportContractStore contracts, AccountStore accounts) {
        this.policy = policy;
        this.partners = partners;
        this.incidents = incidents;
        this.contracts = contracts;
        this.accounts = accounts;
    }

    @Override
    public Map<PartnerId, String> partnerNamesOf(Set<PartnerId> ids) {
        Map<PartnerId, String> names = new HashMap<>();
        ids.forEach(id -> partners.findPartner(id).ifPresent(partner -> names.put(id, partner.name())));
        return names;
    }

    @Override
    public Map<IncidentId, Account> raisersOf(Viewer viewer, Set<IncidentId> ids) {
        List<Incident> found = incidents.findIncidents(ids);
        Map<SupportContractId, SupportContract> on = contracts.findContracts(found.stream()
                .flatMap(incident -> incident.request().contractId().stream()).distinct().toList());
        List<Incident> shown = found.stream()
                .filter(incident -> policy.maySeeRaiserOf(viewer, incident, id -> Optional.ofNullable(on.get(id)))).toList();
        Map<AccountId, Account> raisers = shown.isEmpty() ? Map.of()
                : accounts.findAccounts(shown.stream().map(Incident::raisedBy).distinct().toList());
        Map<IncidentId, Account> answer = new HashMap<>();
        shown.forEach(incident -> Optional.ofNullable(raisers.get(incident.raisedBy()))
                .ifPresent(raiser -> answer.put(incident.id(), policy.shownTo(viewer, raiser))));
        return answer;
    }
}
