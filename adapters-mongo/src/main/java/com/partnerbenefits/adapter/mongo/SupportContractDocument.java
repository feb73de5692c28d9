package com.partnerbenefits.adapter.mongo;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One per activated benefit ({@code benefitId} is unique), holding its credentials (each unique), the
 * remaining count that incidents consume, and the usage ledger that explains the count: both change
 * in the same single-document update. {@code refunded} lists the incidents given back, so a refund
 * happens once. It has no end date: that is its membership's. Reads leave the ledger out unless asked.
 * {@code activatedBy} is absent on contracts activated before it was kept; {@code historyOutbox} holds the
 * history lines of its changes (activation, rotations) until they are delivered to the history
 * ({@link MongoContractHistoryStore}).
 */
@Document(SupportContractDocument.COLLECTION)
record SupportContractDocument(@Id String id, String benefitId, String partnerId, String accessId, String contractId,
        boolean unlimited, int incidentsTotal, int incidentsRemaining, Instant activatedAt, List<UsageDocument> usage,
        List<String> refunded, String activatedBy, List<ContractEventDocument> historyOutbox) {
    static final String COLLECTION = "support_contracts";

    /** Activated by that account, its activation the first line waiting for the history. */
    SupportContractDocument activatedBy(String account, ContractEventDocument activation) {
        return new SupportContractDocument(id, benefitId, partnerId, accessId, contractId, unlimited, incidentsTotal,
                incidentsRemaining, activatedAt, usage, refunded, account, List.of(activation));
    }
}
