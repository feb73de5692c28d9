package com.partnerbenefits.adapter.graphql.partner;

import com.partnerbenefits.adapter.graphql.support.GlobalIds;
import com.partnerbenefits.adapter.graphql.support.LazyViewer;
import com.partnerbenefits.adapter.graphql.support.NodeTypes;
import com.partnerbenefits.adapter.graphql.support.ViewMapper;
import com.partnerbenefits.application.port.in.BrowsePartnersQuery;
import com.partnerbenefits.application.port.in.IncidentHistoryQuery;
import com.partnerbenefits.application.port.in.ProductCatalogQuery;
import com.partnerbenefits.application.port.in.Viewer;
import com.partnerbenefits.application.port.in.TechnicalBenefitsQuery;
import com.partnerbenefits.domain.benefit.TechnicalBenefitId;
import com.partnerbenefits.domain.contract.SupportContractId;
import com.partnerbenefits.domain.incident.IncidentId;
import com.partnerbenefits.domain.membership.MembershipId;
import com.partnerbenefits.domain.partner.AccountId;
import com.partnerbenefits.domain.partner.PartnerId;
import com.partnerbenefits.domain.product.ProductId;
import java.util.Optional;
import java.util.Set;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code node(id:)}: decodes the global ID and asks the owning query, which applies the object's
 * own visibility rules. Bad, edited and invisible IDs all answer null, alike.
 */
@Controller
public class NodeController {

    private final GlobalIds ids;
    private final BrowsePartnersQuery browse;
    private final TechnicalBenefitsQuery benefits;
    private final IncidentHistoryQuery history;
    private final ProductCatalogQuery catalog;
    private final ViewMapper views;

    public NodeController(GlobalIds ids, BrowsePartnersQuery browse, TechnicalBenefitsQuery benefits,
            IncidentHistoryQuery history, ProductCatalogQuery catalog, ViewMapper views) {
        this.history = history;
        this.ids = ids;
        this.browse = browse;
        this.benefits = benefits;
        this.catalog = catalog;
        this.views = views;
    }

    @QueryMapping
    public Object node(@Argument String id, @ContextValue(LazyViewer.CONTEXT_KEY) LazyViewer lazyViewer) {
        Viewer viewer = lazyViewer.get();
        return ids.decode(id).flatMap(decoded -> find(viewer, decoded)).orElse(null);
    }

    private Optional<?> find(Viewer viewer, GlobalIds.Decoded id) {
        switch (id.type()) {
            case NodeTypes.PARTNER:
                return browse.findPartner(viewer, new PartnerId(id.rawId())).map(views::toView);
            case NodeTypes.ACCOUNT:
                return browse.findAccount(viewer, new AccountId(id.rawId())).map(views::toView);
            case NodeTypes.MEMBERSHIP:
                return browse.findMembership(viewer, new MembershipId(id.rawId()))
                        .map(views::toView);
            case NodeTypes.TECHNICAL_BENEFIT:
                return TechnicalBenefitId.parse(id.rawId()).flatMap(benefitId -> benefits.findBenefit(viewer, benefitId))
                        .map(found -> views.toView(found, benefits.contractsOf(viewer, Set.of(found)).get(found)));
            case NodeTypes.SUPPORT_CONTRACT:
                return benefits.findContract(viewer, new SupportContractId(id.rawId()))
                        .map(views::toView);
            case NodeTypes.INCIDENT:
                return history.findIncident(viewer, new IncidentId(id.rawId())).map(incident -> views.toView(incident,
                        catalog.findProduct(incident.request().productId()).orElse(null)));
            case NodeTypes.PRODUCT:
                return catalog.findProduct(new ProductId(id.rawId())).map(views::toView);
            default:
                return Optional.empty();
        }
    }
}
