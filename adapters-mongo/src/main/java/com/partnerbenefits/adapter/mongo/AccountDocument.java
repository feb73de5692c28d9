package com.partnerbenefits.adapter.mongo;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** {@code partnerId} is null for a standalone account. */
@Document(AccountDocument.COLLECTION)
record AccountDocument(@Id String id, String login, String kind, String partnerId, List<String> roles,
        List<String> associations, Instant createdAt) {
    static final String COLLECTION = "accounts";
}
