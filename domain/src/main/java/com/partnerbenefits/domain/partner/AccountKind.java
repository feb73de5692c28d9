package com.partnerbenefits.domain.partner;

/** Work (Azure Active Directory) or personal (Microsoft) account. */
public enum AccountKind {
    AAD,
    MSA
}
