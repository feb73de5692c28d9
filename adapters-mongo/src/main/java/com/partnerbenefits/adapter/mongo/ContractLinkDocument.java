package com.partnerbenefits.adapter.mongo;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One per (contract, account), under a unique index, through its whole life: {@code state} PENDING
 * (claimed with the credentials fingerprinted in {@code via}), LINKED (or absent, for links stored
 * before links had a life), UNLINKED or REJECTED. Only a link in force is visible to readers.
 * {@code historyOutbox} holds its LINKED and UNLINKED history lines, pushed by the update that makes the
 * change, until they are delivered to the history ({@link MongoContractHistoryStore}).
 */
@Document(ContractLinkDocument.COLLECTION)
record ContractLinkDocument(@Id String id, String contractId, String accountId, Instant linkedAt, String state, String via,
        List<ContractEventDocument> historyOutbox) {
    static final String COLLECTION = "contract_links";
}
