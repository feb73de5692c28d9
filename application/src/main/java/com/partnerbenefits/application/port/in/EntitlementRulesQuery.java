package com.partnerbenefits.application.port.in;

import com.partnerbenefits.domain.benefit.EntitlementRule;
import java.util.List;

/** The entitlement table as data, for clients that render it. */
public interface EntitlementRulesQuery {

    List<EntitlementRule> entitlementRules();
}
