package com.partnerbenefits.domain.partner;

/** Roles a partner account can hold (what each may do is the application's AccessPolicy). */
public enum PartnerRole {
    GLOBAL_ADMIN,
    MPN_PARTNER_ADMIN,
    ADMIN_AGENT
}
