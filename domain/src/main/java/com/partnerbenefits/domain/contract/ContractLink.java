package com.partnerbenefits.domain.contract;

import com.partnerbenefits.domain.partner.AccountId;
import java.time.Instant;
import java.util.Objects;

/** A support contract linked to an account (once: one link per contract and account). */
public record ContractLink(SupportContractId contractId, AccountId accountId, Instant linkedAt) {

    public ContractLink {
        Objects.requireNonNull(contractId, "contractId");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(linkedAt, "linkedAt");
    }
}
