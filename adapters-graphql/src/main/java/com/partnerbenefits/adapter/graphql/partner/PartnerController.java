package com.partnerbenefits.adapter.graphql.partner;

import com.partnerbenefits.adapter.graphql.support.ApiMessages;
import com.partnerbenefits.adapter.graphql.support.LazyViewer;
import com.partnerbenefits.adapter.graphql.support.QueryRefusedException;
import com.partnerbenefits.adapter.graphql.support.ViewMapper;
import com.partnerbenefits.application.port.in.BrowsePartnersQuery;
import com.partnerbenefits.application.port.in.Result;
import com.partnerbenefits.application.port.in.Viewer;
import com.partnerbenefits.domain.benefit.TechnicalBenefit;
import com.partnerbenefits.domain.membership.Membership;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The viewer, partners, accounts, memberships and their benefits. */
@Controller
public class PartnerController {

    private final BrowsePartnersQuery browse;
    private final ViewMapper views;
    private final ApiMessages messages;
    private final Clock clock;

    public PartnerController(BrowsePartnersQuery browse, ViewMapper views, ApiMessages messages, Clock clock) {
        this.browse = browse;
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
    public List<MembershipView> memberships(PartnerView partner, @ContextValue(LazyViewer.CONTEXT_KEY) LazyViewer viewer) {
        LocalDate today = LocalDate.now(clock);
        return membershipsOf(partner, viewer).stream().map(m -> views.toView(m, today)).toList();
    }

    @SchemaMapping(typeName = "Partner")
    public List<TechnicalBenefitView> technicalBenefits(PartnerView partner,
            @ContextValue(LazyViewer.CONTEXT_KEY) LazyViewer viewer) {
        LocalDate today = LocalDate.now(clock);
        return membershipsOf(partner, viewer).stream().filter(m -> m.isActiveOn(today))
                .flatMap(m -> TechnicalBenefit.grantedBy(m).stream()).map(views::toView).toList();
    }

    @SchemaMapping(typeName = "Partner")
    public String emptyBenefitsMessage(PartnerView partner, @ContextValue(LazyViewer.CONTEXT_KEY) LazyViewer viewer,
            Locale locale) {
        LocalDate today = LocalDate.now(clock);
        boolean none = membershipsOf(partner, viewer).stream().noneMatch(m -> m.isActiveOn(today));
        return none ? messages.get("benefits.empty", locale) : null;
    }

    @SchemaMapping(typeName = "Membership")
    public List<TechnicalBenefitView> benefits(MembershipView membership) {
        return TechnicalBenefit.grantedBy(membership.membership()).stream().map(views::toView).toList();
    }

    private List<Membership> membershipsOf(PartnerView partner, LazyViewer viewer) {
        Result<List<Membership>> result = browse.membershipsOf(viewer.get(), partner.partnerId());
        if (result instanceof Result.Succeeded<List<Membership>> succeeded) {
            return succeeded.value();
        }
        throw new QueryRefusedException(((Result.Refused<List<Membership>>) result).refusals().get(0));
    }
}
