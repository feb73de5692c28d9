package com.partnerbenefits.domain.partner;

/** The programmes an account is associated with: the partner network (MPN) and/or Cloud Solution Provider. */
public enum ProgramAssociation {
    MPN,
    CSP
}
