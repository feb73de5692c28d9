package com.partnerbenefits.adapter.mongo;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

@Document(PartnerDocument.COLLECTION)
record PartnerDocument(@Id String id, String name, String mpnId, Instant registeredAt) {
    static final String COLLECTION = "partners";
}
