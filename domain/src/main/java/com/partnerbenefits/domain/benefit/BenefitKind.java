package com.partnerbenefits.domain.benefit;

/** The two technical support benefits of the article's table. */
public enum BenefitKind {
    /** Incidents for recent on-premises products only. */
    MICROSOFT_PRODUCT_SUPPORT,
    /** Incidents for cloud products only. */
    SIGNATURE_CLOUD_SUPPORT
}
