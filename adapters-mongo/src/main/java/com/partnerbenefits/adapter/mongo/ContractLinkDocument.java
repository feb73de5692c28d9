package com.partnerbenefits.adapter.mongo;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One per (contract, account), under a unique index, through its whole life: {@code state} PENDING
 * (claimed with the credentials fingerprinted in {@code via}), LINKED (or absent, for links stored
 * before links had a life), UNLINKED or REJECTED. Only a link in force is visible to readers.
 * {@code events} holds its LINKED and UNLINKED history lines, written by the same update as the change.
 */
@Document(ContractLinkDocument.COLLECTION)
record ContractLinkDocument(@Id String id, String contractId, String accountId, Instant linkedAt, String state, String via,
        List<ContractEventDocument> events) {
    static final String COLLECTION = "contract_links";
}
