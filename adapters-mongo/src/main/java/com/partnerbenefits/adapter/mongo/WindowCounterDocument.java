package com.partnerbenefits.adapter.mongo;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A counter over a fixed window that opened at {@code windowStart}; {@code id} names what it counts. */
@Document(WindowCounterDocument.COLLECTION)
record WindowCounterDocument(@Id String id, Instant windowStart, int attempts) {
    static final String COLLECTION = "window_counters";
}
