package com.partnerbenefits.application.service;

import com.partnerbenefits.application.port.in.EntitlementRulesQuery;
import com.partnerbenefits.domain.benefit.EntitlementPolicy;
import com.partnerbenefits.domain.benefit.EntitlementRule;
import java.util.List;

public class EntitlementRulesService implements EntitlementRulesQuery {

    @Override
    public List<EntitlementRule> entitlementRules() {
        return EntitlementPolicy.rules();
    }
}
