package com.partnerbenefits.adapter.graphql.linking;

import com.partnerbenefits.adapter.graphql.benefit.SupportContractView;
import com.partnerbenefits.adapter.graphql.support.ApiMessages;
import com.partnerbenefits.application.port.in.SupportPlansQuery.SupportPlans;
import com.partnerbenefits.domain.contract.UnavailabilityReason;
import com.partnerbenefits.domain.product.ProductVersion;
import java.util.Locale;
import java.util.stream.Collectors;

/** Says why a plan cannot be used, with the facts the reader needs: the end date, the supported versions. */
final class PlanMessages {

    private final ApiMessages messages;

    PlanMessages(ApiMessages messages) {
        this.messages = messages;
    }

    String explain(UnavailabilityReason reason, SupportContractView contract, SupportPlans plans, Locale locale) {
        String key = "unavailable." + reason.name();
        switch (reason) {
            case EXPIRED:
                return messages.get(key, locale, contract.endsOn().toString());
            case PRODUCT_VERSION_NOT_SUPPORTED:
                String supported = plans.product().versionSupport().stream().filter(ProductVersion::supported)
                        .map(ProductVersion::name).collect(Collectors.joining(", "));
                return messages.get(key, locale, plans.version().name(), plans.product().name(), supported);
            default:
                return messages.get(key, locale);
        }
    }
}
