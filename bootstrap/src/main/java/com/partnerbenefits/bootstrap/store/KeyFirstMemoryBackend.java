package com.partnerbenefits.bootstrap.store;

import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;
import java.util.List;

/** The in-memory backend whose unique indexes also serve "unique key plus a condition" ({@link UniqueKeyFirstIndex}). */
class KeyFirstMemoryBackend extends MemoryBackend {

    @Override
    public MemoryDatabase openOrCreateDatabase(String databaseName) {
        return new KeyFirstMemoryDatabase(databaseName, this);
    }

    /** Open for a test that counts the documents a query reads. */
    static class KeyFirstMemoryDatabase extends MemoryDatabase {

        KeyFirstMemoryDatabase(String databaseName, KeyFirstMemoryBackend backend) {
            super(databaseName, backend.getCursorRegistry());
        }

        @Override
        protected Index<Integer> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                boolean sparse) {
            return new UniqueKeyFirstIndex<>(super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse), sparse);
        }
    }
}
