package com.partnerbenefits.domain.contract;

/** What happened to a support contract: its activation, a link made or revoked, new credentials. */
public enum ContractEventKind {
    ACTIVATED,
    LINKED,
    UNLINKED,
    CREDENTIALS_ROTATED
}
