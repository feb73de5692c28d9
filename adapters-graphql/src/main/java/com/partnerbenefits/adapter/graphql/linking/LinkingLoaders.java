package com.partnerbenefits.adapter.graphql.linking;

import com.partnerbenefits.adapter.graphql.support.LazyViewer;
import com.partnerbenefits.application.port.in.LinkedContractsQuery;
import com.partnerbenefits.application.port.in.LinkedContractsQuery.AccountLink;
import com.partnerbenefits.application.port.in.Result;
import com.partnerbenefits.domain.contract.SupportContractId;
import graphql.schema.DataFetchingEnvironment;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dataloader.DataLoader;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Batch loads of what hangs off a support contract: who linked it, and when the viewer did. */
@Component
public class LinkingLoaders {

    static final String LINKED_ACCOUNTS = "linkedAccountsByContract";
    static final String VIEWER_LINKS = "viewerLinkByContract";

    public LinkingLoaders(BatchLoaderRegistry registry, LinkedContractsQuery linked) {
        registry.<SupportContractId, Result<List<AccountLink>, LinkedContractsQuery.Reason>>forName(LINKED_ACCOUNTS).registerMappedBatchLoader(
                (contracts, env) -> Mono.fromCallable(() -> linked.linkedAccountsOf(LazyViewer.of(env.getContext()), contracts)));
        registry.<SupportContractId, Instant>forName(VIEWER_LINKS).registerMappedBatchLoader(
                (contracts, env) -> Mono.fromCallable(() -> {
                    Map<SupportContractId, Instant> all = linked.viewerLinks(LazyViewer.of(env.getContext()));
                    Map<SupportContractId, Instant> asked = new HashMap<>(all);
                    asked.keySet().retainAll(contracts);
                    return asked;
                }));
    }

    static DataLoader<SupportContractId, Result<List<AccountLink>, LinkedContractsQuery.Reason>> linkedAccounts(DataFetchingEnvironment env) {
        return env.getDataLoader(LINKED_ACCOUNTS);
    }

    static DataLoader<SupportContractId, Instant> viewerLinks(DataFetchingEnvironment env) {
        return env.getDataLoader(VIEWER_LINKS);
    }
}
