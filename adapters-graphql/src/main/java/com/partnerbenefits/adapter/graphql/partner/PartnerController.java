package com.partnerbenefits.adapter.graphql.partner;

import com.partnerbenefits.adapter.graphql.benefit.BenefitsPageLoaders;
import com.partnerbenefits.adapter.graphql.benefit.TechnicalBenefitView;
import com.partnerbenefits.adapter.graphql.support.ApiMessages;
import com.partnerbenefits.adapter.graphql.support.LazyViewer;
import com.partnerbenefits.adapter.graphql.support.QueryRefusedException;
import com.partnerbenefits.adapter.graphql.support.ViewMapper;
import com.partnerbenefits.application.port.in.BrowsePartnersQuery;
import com.partnerbenefits.application.port.in.TechnicalBenefitsQuery.GrantedBenefit;
import com.partnerbenefits.application.port.in.Viewer;
import com.partnerbenefits.domain.benefit.TechnicalBenefit;
import com.partnerbenefits.domain.membership.Membership;
import graphql.schema.DataFetchingEnvironment;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * The viewer, partners, accounts, memberships and their benefits. Memberships come through the
 * batch loader, so the three fields that need them share one store query per request.
 */
@Controller
public class PartnerController {

    private final BrowsePartnersQuery browse;
    private final ViewMapper views;
    private final ApiMessages messages;
    private final BenefitsPageLoaders benefits;
    private final Clock clock;

    public PartnerController(BrowsePartnersQuery browse, ViewMapper views, ApiMessages messages, BenefitsPageLoaders benefits,
            Clock clock) {
        this.browse = browse;
        this.benefits = benefits;
        this.views = views;
        this.messages = messages;
        this.clock = clock;
    }

    @QueryMapping
    public Viewer viewer(@ContextValue(LazyViewer.CONTEXT_KEY) LazyViewer viewer) {
        return viewer.get();
    }

    @SchemaMapping(typeName = "Viewer")
    public AccountView account(Viewer viewer) {
        return views.toView(viewer.account());
    }

    @SchemaMapping(typeName = "Viewer")
    public PartnerView partner(Viewer viewer) {
        return browse.partnerOf(viewer).map(views::toView).orElse(null);
    }

    @SchemaMapping(typeName = "Account")
    public PartnerView partner(AccountView account, @ContextValue(LazyViewer.CONTEXT_KEY) LazyViewer viewer) {
        if (account.partnerId() == null) {
            return null;
        }
        return browse.findPartner(viewer.get(), account.partnerId()).map(views::toView).orElse(null);
    }

    @SchemaMapping(typeName = "Partner")
    public CompletableFuture<List<MembershipView>> memberships(PartnerView partner, DataFetchingEnvironment env) {
        LocalDate today = LocalDate.now(clock);
        return membershipsOf(partner, env).thenApply(all -> all.stream().map(m -> views.toView(m, today)).toList());
    }

    @SchemaMapping(typeName = "Partner")
    public CompletableFuture<List<TechnicalBenefitView>> technicalBenefits(PartnerView partner, DataFetchingEnvironment env) {
        LocalDate today = LocalDate.now(clock);
        return membershipsOf(partner, env).thenCompose(all -> benefits.views(all.stream().filter(m -> m.isActiveOn(today))
                .flatMap(PartnerController::granted).toList(), env));
    }

    @SchemaMapping(typeName = "Partner")
    public CompletableFuture<String> emptyBenefitsMessage(PartnerView partner, DataFetchingEnvironment env, Locale locale) {
        LocalDate today = LocalDate.now(clock);
        return membershipsOf(partner, env).thenApply(all -> all.stream().noneMatch(m -> m.isActiveOn(today))
                ? messages.get("benefits.empty", locale) : null);
    }

    @SchemaMapping(typeName = "Membership")
    public CompletableFuture<List<TechnicalBenefitView>> benefits(MembershipView membership, DataFetchingEnvironment env) {
        return benefits.views(granted(membership.membership()).toList(), env);
    }

    private static Stream<GrantedBenefit> granted(Membership membership) {
        return TechnicalBenefit.grantedBy(membership).stream().map(benefit -> new GrantedBenefit(benefit, membership));
    }

    private static CompletableFuture<List<Membership>> membershipsOf(PartnerView partner, DataFetchingEnvironment env) {
        return BenefitsPageLoaders.memberships(env).load(partner.partnerId()).thenApply(QueryRefusedException::valueOrThrow);
    }
}
