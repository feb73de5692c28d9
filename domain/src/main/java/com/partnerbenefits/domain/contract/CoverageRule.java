package com.partnerbenefits.domain.contract;

import com.partnerbenefits.domain.benefit.BenefitKind;
import com.partnerbenefits.domain.product.ProductKind;
import com.partnerbenefits.domain.product.ProductVersion;
import java.util.Objects;
import java.util.Set;

/**
 * One row of the coverage table (see {@link Coverage#rules()}): the product kinds a kind of plan
 * covers, and whether it covers only the versions support still covers (the N-1 policy) or every
 * version.
 */
public record CoverageRule(BenefitKind plan, Set<ProductKind> productKinds, Versions versions) {

    public enum Versions {
        /** The versions the N-1 policy covers (for cloud products, the current line). */
        SUPPORTED,
        /** Every version, also those the N-1 policy no longer covers. */
        EVERY
    }

    public CoverageRule {
        Objects.requireNonNull(plan, "plan");
        productKinds = Set.copyOf(productKinds);
        Objects.requireNonNull(versions, "versions");
    }

    public boolean coversKind(ProductKind kind) {
        return productKinds.contains(kind);
    }

    /** For a product of a covered kind: whether this version is covered. */
    public boolean coversVersion(ProductVersion version) {
        return versions == Versions.EVERY || version.supported();
    }
}
