package com.partnerbenefits.adapter.mongo;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Unique per (accountId, idempotencyKey); {@code contractId} or {@code cspCustomerTenantId} is null.
 * {@code firstResponseDueAt} is null only on incidents stored before due times existed (filled in at
 * start, see {@link MongoIncidentStore#fillMissingDueTimes}); the resolution fields are set when RESOLVED.
 */
@Document(IncidentDocument.COLLECTION)
record IncidentDocument(@Id String id, String accountId, String contractId, String cspCustomerTenantId, String productId,
        String productVersion, String title, String description, String severity, String status, Instant raisedAt,
        String idempotencyKey, Instant firstResponseDueAt, Instant firstRespondedAt, Instant resolvedAt,
        String resolutionCause, String resolutionNote) {
    static final String COLLECTION = "incidents";
}
