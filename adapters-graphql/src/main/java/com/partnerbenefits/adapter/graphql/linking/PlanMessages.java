package com.partnerbenefits.adapter.graphql.linking;

import com.partnerbenefits.adapter.graphql.benefit.SupportContractView;
import com.partnerbenefits.adapter.graphql.support.ApiMessages;
import com.partnerbenefits.application.port.in.SupportPlansQuery.SupportPlans;
import com.partnerbenefits.domain.benefit.BenefitKind;
import com.partnerbenefits.domain.contract.UnavailabilityReason;
import com.partnerbenefits.domain.contract.WayForward;
import com.partnerbenefits.domain.product.ProductVersion;
import java.util.Locale;
import java.util.stream.Collectors;

/** Says why a plan cannot be used, with the facts the reader needs: the end date, the supported versions. */
final class PlanMessages {

    private final ApiMessages messages;

    PlanMessages(ApiMessages messages) {
        this.messages = messages;
    }

    /**
     * The article's way forward, "you need to purchase a new support plan", naming the plan and what it
     * covers; for a plan that covers the product but not this version, the versions it does cover.
     */
    String wayForward(WayForward way, SupportPlans plans, Locale locale) {
        String plan = messages.get("plan." + way.kind().name(), locale);
        String product = plans.product().name();
        String version = plans.version().name();
        if (!way.covers()) {
            return messages.get("wayForward.NOT_THIS_VERSION", locale, plan, product, version, supportedVersions(plans));
        }
        return messages.get(way.kind() == BenefitKind.PAY_PER_INCIDENT ? "wayForward.ONE_INCIDENT" : "wayForward.COVERS",
                locale, plan, product, version);
    }

    String explain(UnavailabilityReason reason, SupportContractView contract, SupportPlans plans, Locale locale) {
        String key = "unavailable." + reason.name();
        switch (reason) {
            case EXPIRED:
                return messages.get(key, locale, contract.endsOn().toString());
            case PRODUCT_VERSION_NOT_SUPPORTED:
                return messages.get(key, locale, plans.version().name(), plans.product().name(), supportedVersions(plans));
            default:
                return messages.get(key, locale);
        }
    }

    private static String supportedVersions(SupportPlans plans) {
        return plans.product().versionSupport().stream().filter(ProductVersion::supported)
                .map(ProductVersion::name).collect(Collectors.joining(", "));
    }
}
