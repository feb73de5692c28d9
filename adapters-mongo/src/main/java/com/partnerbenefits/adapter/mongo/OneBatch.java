package com.partnerbenefits.adapter.mongo;

import org.springframework.data.mongodb.core.query.Query;

/**
 * Batch reads come back in one cursor batch: MongoDB's default first batch (101 documents) would add
 * a {@code getMore} per 101 documents, and the number of round trips would grow with the data.
 */
final class OneBatch {

    private static final int DOCUMENTS = 10_000;

    private OneBatch() {
    }

    static Query of(Query query) {
        return query.cursorBatchSize(DOCUMENTS);
    }
}
