package com.partnerbenefits.domain.contract;

/** Why a linked contract cannot be used for a product, most fundamental first. */
public enum UnavailabilityReason {
    EXPIRED,
    EXHAUSTED,
    /** Microsoft Product Support covers on-premises products, Signature Cloud Support cloud ones. */
    PRODUCT_KIND_NOT_COVERED,
    /** An on-premises version older than the two newest (the N-1 policy). */
    PRODUCT_VERSION_NOT_SUPPORTED
}
