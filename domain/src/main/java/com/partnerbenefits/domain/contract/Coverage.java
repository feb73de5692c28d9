package com.partnerbenefits.domain.contract;

import com.partnerbenefits.domain.benefit.BenefitKind;
import com.partnerbenefits.domain.benefit.TechnicalBenefit;
import com.partnerbenefits.domain.membership.Membership;
import com.partnerbenefits.domain.product.Product;
import com.partnerbenefits.domain.product.ProductKind;
import com.partnerbenefits.domain.product.ProductVersion;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import com.partnerbenefits.domain.contract.CoverageRule.Versions;

/**
 * Whether a plan can serve a product version today, and if not, every reason why, most fundamental
 * first. Every "can this contract serve this product" answer comes from here: the plan picker,
 * raising an incident and linking (which asks only about the contract itself).
 */
public final class Coverage {

    /**
     * What each kind of plan covers, as the article says: Microsoft Product Support on-premises
     * products, Signature Cloud Support cloud products, Premier Support for Partners every product
     * ("the top level of technical support"), Advanced Support for Partners "Cloud Products only", all
     * in the versions support covers; pay-per-incident on-premises products in every version, as the
     * N-1 policy names it the fallback for the versions it no longer covers.
     */
    private static final List<CoverageRule> RULES = List.of(
            new CoverageRule(BenefitKind.MICROSOFT_PRODUCT_SUPPORT, Set.of(ProductKind.ON_PREMISES), Versions.SUPPORTED),
            new CoverageRule(BenefitKind.SIGNATURE_CLOUD_SUPPORT, Set.of(ProductKind.CLOUD), Versions.SUPPORTED),
            new CoverageRule(BenefitKind.PREMIER_SUPPORT, Set.of(ProductKind.ON_PREMISES, ProductKind.CLOUD), Versions.SUPPORTED),
            new CoverageRule(BenefitKind.ADVANCED_SUPPORT, Set.of(ProductKind.CLOUD), Versions.SUPPORTED),
            new CoverageRule(BenefitKind.PAY_PER_INCIDENT, Set.of(ProductKind.ON_PREMISES), Versions.EVERY));

    private Coverage() {
    }

    /** The coverage table, one row per kind of plan. */
    public static List<CoverageRule> rules() {
        return RULES;
    }

    public static CoverageRule ruleFor(BenefitKind plan) {
        return RULES.stream().filter(rule -> rule.plan() == plan).findFirst().orElseThrow();
    }

    /**
     * The paid plans that cover this kind of product, each saying whether it covers this version: never
     * empty, as Premier Support covers every kind of product.
     */
    public static List<WayForward> wayForward(Product product, ProductVersion version) {
        return RULES.stream().filter(rule -> rule.plan().paid() && rule.coversKind(product.kind()))
                .map(rule -> new WayForward(rule.plan(), rule.coversVersion(version))).toList();
    }

    /** Why the contract cannot be used today whatever the product: expired, exhausted, or both. */
    public static List<UnavailabilityReason> reasonsItCannotBeUsed(SupportContract contract, LocalDate endsOn,
            LocalDate today) {
        List<UnavailabilityReason> reasons = new ArrayList<>();
        if (contract.statusOn(today, endsOn) == ContractStatus.EXPIRED) {
            reasons.add(UnavailabilityReason.EXPIRED);
        }
        if (!contract.allowance().unlimited() && contract.incidentsRemaining() == 0) {
            reasons.add(UnavailabilityReason.EXHAUSTED);
        }
        return reasons;
    }

    /**
     * Empty when the contract of this membership covers the version today (see {@link #rules()}); a
     * cloud product on the contract
     * of a membership that grants no cloud support at all (Action Pack) is
     * {@link UnavailabilityReason#CLOUD_SUPPORT_NOT_INCLUDED}, as no contract of the other kind exists.
     */
    public static List<UnavailabilityReason> reasons(SupportContract contract, Membership membership, Product product,
            ProductVersion version, LocalDate today) {
        List<UnavailabilityReason> reasons = new ArrayList<>(reasonsItCannotBeUsed(contract, membership.endsOn(), today));
        BenefitKind plan = contract.benefitId().kind();
        CoverageRule rule = ruleFor(plan);
        if (!rule.coversKind(product.kind())) {
            reasons.add(plan == BenefitKind.MICROSOFT_PRODUCT_SUPPORT && product.kind() == ProductKind.CLOUD
                    && !includesCloudSupport(membership)
                    ? UnavailabilityReason.CLOUD_SUPPORT_NOT_INCLUDED : UnavailabilityReason.PRODUCT_KIND_NOT_COVERED);
        } else if (!rule.coversVersion(version)) {
            reasons.add(UnavailabilityReason.PRODUCT_VERSION_NOT_SUPPORTED);
        }
        return List.copyOf(reasons);
    }

    /** The "Cloud Solution Provider" plan, which needs no contract: cloud products only, in a supported version. */
    public static List<UnavailabilityReason> cspPlanReasons(Product product, ProductVersion version) {
        if (product.kind() != ProductKind.CLOUD) {
            return List.of(UnavailabilityReason.PRODUCT_KIND_NOT_COVERED);
        }
        return version.supported() ? List.of() : List.of(UnavailabilityReason.PRODUCT_VERSION_NOT_SUPPORTED);
    }

    private static boolean includesCloudSupport(Membership membership) {
        return TechnicalBenefit.grantedBy(membership, BenefitKind.SIGNATURE_CLOUD_SUPPORT).isPresent();
    }
}
