package com.partnerbenefits.adapter.graphql.benefit;

import com.partnerbenefits.adapter.graphql.support.LazyViewer;
import com.partnerbenefits.application.port.in.BrowsePartnersQuery;
import com.partnerbenefits.application.port.in.Result;
import com.partnerbenefits.application.port.in.TechnicalBenefitsQuery;
import com.partnerbenefits.domain.benefit.TechnicalBenefitId;
import com.partnerbenefits.domain.contract.SupportContract;
import com.partnerbenefits.domain.membership.Membership;
import com.partnerbenefits.domain.partner.PartnerId;
import com.partnerbenefits.adapter.graphql.support.ViewMapper;
import com.partnerbenefits.application.port.in.TechnicalBenefitsQuery.GrantedBenefit;
import graphql.schema.DataFetchingEnvironment;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import java.util.List;
import org.dataloader.DataLoader;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The batch loads of the benefits page: every level of the nested graph asks for its keys and gets
 * them in one store query per level, however many memberships, benefits or contracts there are.
 * Each loader caches per request, so fields that need the same data share one load.
 */
@Component
public class BenefitsPageLoaders {

    static final String MEMBERSHIPS_BY_PARTNER = "membershipsByPartner";
    static final String CONTRACT_BY_BENEFIT = "contractByBenefit";

    private final ViewMapper views;
    private final Clock clock;

    public BenefitsPageLoaders(BatchLoaderRegistry registry, BrowsePartnersQuery browse, TechnicalBenefitsQuery benefits,
            ViewMapper views, Clock clock) {
        this.views = views;
        this.clock = clock;
        registry.<PartnerId, Result<List<Membership>, BrowsePartnersQuery.Reason>>forName(MEMBERSHIPS_BY_PARTNER).registerMappedBatchLoader(
                (partners, env) -> Mono.fromCallable(() -> browse.membershipsOf(LazyViewer.of(env.getContext()), partners)));
        registry.<TechnicalBenefitId, SupportContract>forName(CONTRACT_BY_BENEFIT).registerMappedBatchLoader(
                (benefitIds, env) -> Mono.fromCallable(() -> benefits.contractsOf(LazyViewer.of(env.getContext()), benefitIds)));
    }

    /** Views of these benefits with their contracts, which all benefits of a level load together. */
    public CompletableFuture<List<TechnicalBenefitView>> views(List<GrantedBenefit> granted, DataFetchingEnvironment env) {
        LocalDate today = LocalDate.now(clock);
        List<TechnicalBenefitId> keys = granted.stream().map(g -> g.benefit().id()).toList();
        return contracts(env).loadMany(keys).thenApply(contracts -> IntStream.range(0, granted.size())
                .mapToObj(i -> views.toView(granted.get(i).benefit(), granted.get(i).membership(), contracts.get(i), today))
                .toList());
    }

    /** The partner's memberships, or the refusal to show them to this viewer. */
    public static DataLoader<PartnerId, Result<List<Membership>, BrowsePartnersQuery.Reason>> memberships(DataFetchingEnvironment env) {
        return env.getDataLoader(MEMBERSHIPS_BY_PARTNER);
    }

    /** The benefit's contract; null until the benefit is activated. */
    static DataLoader<TechnicalBenefitId, SupportContract> contracts(DataFetchingEnvironment env) {
        return env.getDataLoader(CONTRACT_BY_BENEFIT);
    }
}
