package com.partnerbenefits.domain.benefit;

import static com.partnerbenefits.domain.benefit.BenefitKind.MICROSOFT_PRODUCT_SUPPORT;
import static com.partnerbenefits.domain.benefit.BenefitKind.SIGNATURE_CLOUD_SUPPORT;
import static com.partnerbenefits.domain.membership.MembershipOffer.ACTION_PACK;
import static com.partnerbenefits.domain.membership.MembershipOffer.GOLD_COMPETENCY;
import static com.partnerbenefits.domain.membership.MembershipOffer.SILVER_COMPETENCY;

import com.partnerbenefits.domain.membership.CompetencyArea;
import com.partnerbenefits.domain.membership.MembershipOffer;
import java.util.List;
import java.util.Optional;

/**
 * The article's table of technical benefits per membership offer. Action Pack earns no Signature
 * Cloud Support, so it has no row for it. The table is the single source: the rules query shows it
 * and granting a membership derives the benefits from it.
 */
public final class EntitlementPolicy {

    private static final List<EntitlementRule> RULES = List.of(
            rule(ACTION_PACK, MICROSOFT_PRODUCT_SUPPORT, null, IncidentAllowance.of(10)),
            rule(SILVER_COMPETENCY, MICROSOFT_PRODUCT_SUPPORT, null, IncidentAllowance.of(15)),
            rule(GOLD_COMPETENCY, MICROSOFT_PRODUCT_SUPPORT, null, IncidentAllowance.of(20)),
            rule(SILVER_COMPETENCY, SIGNATURE_CLOUD_SUPPORT, true, IncidentAllowance.unlimitedIncidents()),
            rule(SILVER_COMPETENCY, SIGNATURE_CLOUD_SUPPORT, false, IncidentAllowance.of(5)),
            rule(GOLD_COMPETENCY, SIGNATURE_CLOUD_SUPPORT, true, IncidentAllowance.unlimitedIncidents()),
            rule(GOLD_COMPETENCY, SIGNATURE_CLOUD_SUPPORT, false, IncidentAllowance.of(10)));

    private EntitlementPolicy() {
    }

    public static List<EntitlementRule> rules() {
        return RULES;
    }

    /** The benefits a membership of this offer (in this competency area, if any) grants. */
    public static List<EntitlementRule> entitlementsFor(MembershipOffer offer, Optional<CompetencyArea> area) {
        boolean inCloudArea = area.map(CompetencyArea::cloud).orElse(false);
        return RULES.stream().filter(rule -> rule.appliesTo(offer, inCloudArea)).toList();
    }

    private static EntitlementRule rule(MembershipOffer offer, BenefitKind kind, Boolean cloud, IncidentAllowance allowance) {
        return new EntitlementRule(offer, kind, Optional.ofNullable(cloud), allowance);
    }
}
