package com.partnerbenefits.domain.contract;

/** Why a linked contract cannot be used for a product, most fundamental first. */
public enum UnavailabilityReason {
    EXPIRED,
    EXHAUSTED,
    /** Microsoft Product Support covers on-premises products, Signature Cloud Support cloud ones. */
    PRODUCT_KIND_NOT_COVERED,
    /**
     * A cloud product on the product-support contract of a membership that grants no cloud support
     * (Action Pack): the kind is not covered, and there is no contract of the other kind to turn to.
     */
    CLOUD_SUPPORT_NOT_INCLUDED,
    /** An on-premises version older than the two newest (the N-1 policy). */
    PRODUCT_VERSION_NOT_SUPPORTED
}
