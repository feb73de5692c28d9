package com.partnerbenefits.domain.product;

/** On-premises products are covered by Microsoft Product Support, cloud products by Signature Cloud Support. */
public enum ProductKind {
    ON_PREMISES,
    CLOUD
}
