package com.partnerbenefits.adapter.mongo;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** An account's current window of attempts at presenting credentials; {@code id} is the account's. */
@Document(LinkAttemptDocument.COLLECTION)
record LinkAttemptDocument(@Id String id, Instant windowStart, int attempts) {
    static final String COLLECTION = "link_attempts";
}
