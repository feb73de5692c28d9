package com.partnerbenefits.adapter.graphql.benefit;

import com.partnerbenefits.adapter.graphql.support.LazyViewer;
import com.partnerbenefits.application.port.in.BenefitContract;
import com.partnerbenefits.application.port.in.BrowsePartnersQuery;
import com.partnerbenefits.application.port.in.PartnerMemberships;
import com.partnerbenefits.application.port.in.Result;
import com.partnerbenefits.application.port.in.TechnicalBenefitsQuery;
import com.partnerbenefits.domain.partner.PartnerId;
import com.partnerbenefits.adapter.graphql.support.ViewMapper;
import com.partnerbenefits.application.port.in.TechnicalBenefitsQuery.GrantedBenefit;
import graphql.schema.DataFetchingEnvironment;
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

    public BenefitsPageLoaders(BatchLoaderRegistry registry, BrowsePartnersQuery browse, TechnicalBenefitsQuery benefits,
            ViewMapper views) {
        this.views = views;
        registry.<PartnerId, Result<PartnerMemberships, BrowsePartnersQuery.Reason>>forName(MEMBERSHIPS_BY_PARTNER).registerMappedBatchLoader(
                (partners, env) -> Mono.fromCallable(() -> browse.membershipsOf(LazyViewer.of(env.getContext()), partners)));
        registry.<GrantedBenefit, BenefitContract>forName(CONTRACT_BY_BENEFIT).registerMappedBatchLoader(
                (granted, env) -> Mono.fromCallable(() -> benefits.contractsOf(LazyViewer.of(env.getContext()), granted)));
    }

    /** Views of these benefits with their contracts, which all benefits of a level load together. */
    public CompletableFuture<List<TechnicalBenefitView>> views(List<GrantedBenefit> granted, DataFetchingEnvironment env) {
        return contracts(env).loadMany(granted).thenApply(contracts -> IntStream.range(0, granted.size())
                .mapToObj(i -> views.toView(granted.get(i), contracts.get(i))).toList());
    }

    /** The partner's memberships as they stand today, or the refusal to show them to this viewer. */
    public static DataLoader<PartnerId, Result<PartnerMemberships, BrowsePartnersQuery.Reason>> memberships(DataFetchingEnvironment env) {
        return env.getDataLoader(MEMBERSHIPS_BY_PARTNER);
    }

    /** The benefit's contract; null until the benefit is activated. */
    static DataLoader<GrantedBenefit, BenefitContract> contracts(DataFetchingEnvironment env) {
        return env.getDataLoader(CONTRACT_BY_BENEFIT);
    }
}
