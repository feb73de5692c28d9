package com.partnerbenefits.domain.partner;

/** Roles a partner account can hold; the two admin roles may activate benefits. */
public enum PartnerRole {
    GLOBAL_ADMIN,
    MPN_PARTNER_ADMIN,
    ADMIN_AGENT;

    public boolean mayActivateBenefits() {
        return this == GLOBAL_ADMIN || this == MPN_PARTNER_ADMIN;
    }
}
