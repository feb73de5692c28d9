package com.partnerbenefits.adapter.graphql.desk;

import com.partnerbenefits.adapter.graphql.support.LazyViewer;
import com.partnerbenefits.application.port.in.ContractHistoryQuery;
import com.partnerbenefits.application.port.in.Result;
import com.partnerbenefits.domain.contract.SupportContractId;
import com.partnerbenefits.domain.partner.Account;
import graphql.schema.DataFetchingEnvironment;
import java.util.Optional;
import org.dataloader.DataLoader;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Who activated each contract on a page, in a constant number of round trips however many contracts it shows. */
@Component
public class ContractControlsLoaders {

    static final String ACTIVATED_BY = "activatedByContract";

    public ContractControlsLoaders(BatchLoaderRegistry registry, ContractHistoryQuery history) {
        registry.<SupportContractId, Result<Optional<Account>, ContractHistoryQuery.Reason>>forName(ACTIVATED_BY).registerMappedBatchLoader(
                (contracts, env) -> Mono.fromCallable(() -> history.activatedBy(LazyViewer.of(env.getContext()), contracts)));
    }

    static DataLoader<SupportContractId, Result<Optional<Account>, ContractHistoryQuery.Reason>> activatedBy(DataFetchingEnvironment env) {
        return env.getDataLoader(ACTIVATED_BY);
    }
}
