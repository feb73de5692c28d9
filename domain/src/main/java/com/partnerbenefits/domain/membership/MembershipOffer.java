package com.partnerbenefits.domain.membership;

/** The membership offers of the programme; the two competency offers name a competency area. */
public enum MembershipOffer {
    ACTION_PACK,
    SILVER_COMPETENCY,
    GOLD_COMPETENCY;

    public boolean requiresCompetencyArea() {
        return this != ACTION_PACK;
    }
}
