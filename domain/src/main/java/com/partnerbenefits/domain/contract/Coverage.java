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

/**
 * Whether a plan can serve a product version today, and if not, every reason why, most fundamental
 * first. Every "can this contract serve this product" answer comes from here: the plan picker,
 * raising an incident and linking (which asks only about the contract itself).
 */
public final class Coverage {

    private Coverage() {
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
     * Empty when the contract of this membership covers the version today. Microsoft Product Support
     * covers on-premises products, Signature Cloud Support cloud ones; a cloud product on the contract
     * of a membership that grants no cloud support at all (Action Pack) is
     * {@link UnavailabilityReason#CLOUD_SUPPORT_NOT_INCLUDED}, as no contract of the other kind exists.
     */
    public static List<UnavailabilityReason> reasons(SupportContract contract, Membership membership, Product product,
            ProductVersion version, LocalDate today) {
        List<UnavailabilityReason> reasons = new ArrayList<>(reasonsItCannotBeUsed(contract, membership.endsOn(), today));
        if (coveredKind(contract.benefitId().kind()) != product.kind()) {
            reasons.add(product.kind() == ProductKind.CLOUD && !includesCloudSupport(membership)
                    ? UnavailabilityReason.CLOUD_SUPPORT_NOT_INCLUDED : UnavailabilityReason.PRODUCT_KIND_NOT_COVERED);
        } else if (!version.supported()) {
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

    private static ProductKind coveredKind(BenefitKind kind) {
        return kind == BenefitKind.SIGNATURE_CLOUD_SUPPORT ? ProductKind.CLOUD : ProductKind.ON_PREMISES;
    }
}
