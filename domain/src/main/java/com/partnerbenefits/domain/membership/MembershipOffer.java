package com.partnerbenefits.domain.membership;

/**
 * The membership offers of the programme (the two competency offers name a competency area), and the
 * paid support plans a partner can buy. A paid plan is held like a membership (for a period, its
 * contract ends with it) but bought, not granted: it earns nothing from the entitlement table, only the
 * plan of its name (see {@code PaidPlan}).
 */
public enum MembershipOffer {
    ACTION_PACK,
    SILVER_COMPETENCY,
    GOLD_COMPETENCY,
    PREMIER_SUPPORT,
    ADVANCED_SUPPORT,
    PAY_PER_INCIDENT;

    public boolean requiresCompetencyArea() {
        return this == SILVER_COMPETENCY || this == GOLD_COMPETENCY;
    }

    /** A programme membership, which operators grant; a paid plan is recorded instead. */
    public boolean granted() {
        return this == ACTION_PACK || requiresCompetencyArea();
    }
}
