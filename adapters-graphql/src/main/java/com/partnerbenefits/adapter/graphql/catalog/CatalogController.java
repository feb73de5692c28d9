package com.partnerbenefits.adapter.graphql.catalog;

import com.partnerbenefits.adapter.graphql.support.LazyViewer;
import com.partnerbenefits.adapter.graphql.support.ViewMapper;
import com.partnerbenefits.application.port.in.EntitlementRulesQuery;
import com.partnerbenefits.application.port.in.ProductCatalogQuery;
import com.partnerbenefits.domain.membership.CompetencyArea;
import java.util.List;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** What every signed-in caller may read: the product catalog, the entitlement table, the competency areas. */
@Controller
public class CatalogController {

    private final ProductCatalogQuery catalog;
    private final EntitlementRulesQuery rules;
    private final ViewMapper views;

    public CatalogController(ProductCatalogQuery catalog, EntitlementRulesQuery rules, ViewMapper views) {
        this.catalog = catalog;
        this.rules = rules;
        this.views = views;
    }

    @QueryMapping
    public List<ProductView> products(@ContextValue(LazyViewer.CONTEXT_KEY) LazyViewer viewer) {
        viewer.get(); // every signed-in call records a first-seen account
        return catalog.products().stream().map(views::toView).toList();
    }

    @QueryMapping
    public List<EntitlementRuleView> entitlementRules(@ContextValue(LazyViewer.CONTEXT_KEY) LazyViewer viewer) {
        viewer.get();
        return rules.entitlementRules().stream().map(views::toView).toList();
    }

    @QueryMapping
    public List<CompetencyArea> competencyAreas() {
        return CompetencyArea.ALL;
    }
}
