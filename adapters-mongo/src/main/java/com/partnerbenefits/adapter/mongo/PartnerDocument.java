package com.partnerbenefits.adapter.mongo;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

@Document(PartnerDocument.COLLECTION)
/** {@code timeZone}: an IANA zone name; null on partners stored before time zones existed (UTC). */
record PartnerDocument(@Id String id, String name, String mpnId, Instant registeredAt, String timeZone) {
    static final String COLLECTION = "partners";
}
