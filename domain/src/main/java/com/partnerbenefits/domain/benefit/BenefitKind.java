package com.partnerbenefits.domain.benefit;

/**
 * The kinds of support plan: the two technical support benefits of the article's table, which a
 * membership earns, and the three paid plans the article points to when none of those can be used.
 * What each covers is one row of {@code Coverage}'s table.
 */
public enum BenefitKind {
    /** Incidents for recent on-premises products only. */
    MICROSOFT_PRODUCT_SUPPORT,
    /** Incidents for cloud products only. */
    SIGNATURE_CLOUD_SUPPORT,
    /** Paid: Premier Support for Partners, "the top level of technical support", every product kind. */
    PREMIER_SUPPORT,
    /** Paid: Advanced Support for Partners, "Cloud Products only". */
    ADVANCED_SUPPORT,
    /** Paid: one incident, the N-1 policy's fallback for on-premises versions it no longer covers. */
    PAY_PER_INCIDENT;

    /** A plan a partner buys (recorded by an operator), as opposed to a benefit its membership earns. */
    public boolean paid() {
        return this == PREMIER_SUPPORT || this == ADVANCED_SUPPORT || this == PAY_PER_INCIDENT;
    }
}
