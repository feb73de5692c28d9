package com.partnerbenefits.adapter.mongo;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** One per (contract, account), under a unique index. */
@Document(ContractLinkDocument.COLLECTION)
record ContractLinkDocument(@Id String id, String contractId, String accountId, Instant linkedAt) {
    static final String COLLECTION = "contract_links";
}
