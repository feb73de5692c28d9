package com.partnerbenefits.adapter.mongo;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One per activated benefit ({@code benefitId} is unique), holding its credentials (each unique) and
 * the remaining count that incidents consume. It has no end date: that is its membership's.
 */
@Document(SupportContractDocument.COLLECTION)
record SupportContractDocument(@Id String id, String benefitId, String partnerId, String accessId, String contractId,
        boolean unlimited, int incidentsTotal, int incidentsRemaining, Instant activatedAt) {
    static final String COLLECTION = "support_contracts";
}
