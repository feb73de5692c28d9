package com.partnerbenefits.adapter.graphql.benefit;

import com.partnerbenefits.adapter.graphql.incident.IncidentViews.IncidentView;
import com.partnerbenefits.adapter.graphql.partner.AccountView;
import com.partnerbenefits.adapter.graphql.support.LazyViewer;
import com.partnerbenefits.adapter.graphql.support.ViewMapper;
import com.partnerbenefits.application.port.in.ContractPartiesQuery;
import com.partnerbenefits.domain.incident.IncidentId;
import com.partnerbenefits.domain.partner.Account;
import com.partnerbenefits.domain.partner.PartnerId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dataloader.BatchLoaderEnvironment;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

/** {@code SupportContract.partnerName} and {@code Incident.raisedBy}: one batch per page, whatever it shows. */
@Controller
public class ContractPartiesController {

    private final ContractPartiesQuery parties;
    private final ViewMapper views;

    public ContractPartiesController(ContractPartiesQuery parties, ViewMapper views) {
        this.parties = parties;
        this.views = views;
    }

    @BatchMapping(typeName = "SupportContract")
    public Map<SupportContractView, String> partnerName(List<SupportContractView> contracts) {
        Map<PartnerId, String> names = parties.partnerNamesOf(contracts.stream().map(SupportContractView::partner)
                .collect(Collectors.toSet()));
        Map<SupportContractView, String> answer = new HashMap<>();
        contracts.forEach(contract -> answer.put(contract, names.getOrDefault(contract.partner(), "")));
        return answer;
    }

    @BatchMapping(typeName = "Incident")
    public Map<IncidentView, AccountView> raisedBy(List<IncidentView> incidents, BatchLoaderEnvironment env) {
        Map<IncidentId, Account> raisers = parties.raisersOf(LazyViewer.of(env.getContext()),
                incidents.stream().map(IncidentView::key).collect(Collectors.toSet()));
        Map<IncidentView, AccountView> answer = new HashMap<>();
        incidents.forEach(incident -> {
            Account raiser = raisers.get(incident.key());
            if (raiser != null) {
                answer.put(incident, views.toView(raiser));
            }
        });
        return answer;
    }
}
