package com.partnerbenefits.adapter.graphql.partner;

import com.partnerbenefits.adapter.graphql.benefit.BenefitsPageLoaders;
import com.partnerbenefits.adapter.graphql.benefit.TechnicalBenefitView;
import com.partnerbenefits.adapter.graphql.support.ApiMessages;
import com.partnerbenefits.adapter.graphql.support.LazyViewer;
import com.partnerbenefits.adapter.graphql.support.QueryRefusedException;
import com.partnerbenefits.adapter.graphql.support.ViewMapper;
import com.partnerbenefits.application.port.in.BrowsePartnersQuery;
import com.partnerbenefits.application.port.in.PartnerMemberships;
import com.partnerbenefits.application.port.in.PartnerMemberships.NoBenefitsReason;
import com.partnerbenefits.application.port.in.Viewer;
import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
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

    public PartnerController(BrowsePartnersQuery browse, ViewMapper views, ApiMessages messages, BenefitsPageLoaders benefits) {
        this.browse = browse;
        this.benefits = benefits;
        this.views = views;
        this.messages = messages;
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
        return membershipsOf(partner, env).thenApply(answer -> answer.memberships().stream().map(views::toView).toList());
    }

    @SchemaMapping(typeName = "Partner")
    public CompletableFuture<List<TechnicalBenefitView>> technicalBenefits(PartnerView partner, DataFetchingEnvironment env) {
        return membershipsOf(partner, env).thenCompose(answer -> benefits.views(answer.currentBenefits(), env));
    }

    @SchemaMapping(typeName = "Partner")
    public CompletableFuture<String> emptyBenefitsMessage(PartnerView partner, DataFetchingEnvironment env, Locale locale) {
        return membershipsOf(partner, env).thenApply(answer -> answer.noBenefitsBecause()
                .map(reason -> messages.get(emptyBenefitsKey(reason), locale)).orElse(null));
    }

    @SchemaMapping(typeName = "Membership")
    public CompletableFuture<List<TechnicalBenefitView>> benefits(MembershipView membership, DataFetchingEnvironment env) {
        return benefits.views(membership.membership().benefits(), env);
    }

    private static String emptyBenefitsKey(NoBenefitsReason reason) {
        return switch (reason) {
            case NO_ACTIVE_MEMBERSHIP -> "benefits.empty";
        };
    }

    private static CompletableFuture<PartnerMemberships> membershipsOf(PartnerView partner, DataFetchingEnvironment env) {
        return BenefitsPageLoaders.memberships(env).load(partner.partnerId()).thenApply(QueryRefusedException::valueOrThrow);
    }
}
